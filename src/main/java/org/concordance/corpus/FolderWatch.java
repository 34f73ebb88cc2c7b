package org.concordance.corpus;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files of {@code proposals/} that the operating system says were written, created or
 * removed since the last look (inotify on Linux), so that the folder watcher stats those files
 * instead of all of them: at 100,000 documents a stat of every file takes seconds. When the
 * system cannot say (its event queue overflowed, a folder was created, removed or replaced),
 * {@link #changes()} answers null and the caller stats every file, as without events.
 */
final class FolderWatch implements AutoCloseable {

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    /** Set when the folders could not be watched again after a change of folders: every call answers "unknown". */
    private boolean broken;

    private FolderWatch(Path root, WatchService service) {
        this.root = root;
        this.service = service;
    }

    /** Watches the corpus folders; fails when the file system offers no events. */
    static FolderWatch open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        FolderWatch watch = new FolderWatch(absolute, absolute.getFileSystem().newWatchService());
        watch.register();
        return watch;
    }

    private void register() throws IOException {
        keys.keySet().forEach(WatchKey::cancel);
        keys.clear();
        keys.put(root.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), root);
        for (String dir : List.of(CorpusReader.ACTORS, CorpusReader.DOCUMENTS, CorpusReader.SOURCES)) {
            Path folder = root.resolve(dir);
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                keys.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            }
        }
    }

    /**
     * The absolute paths of the files in the three folders that changed since the last call
     * (empty when none did), or null when that is not known and every file must be looked at.
     */
    synchronized Set<Path> changes() {
        Set<Path> changed = new TreeSet<>();
        boolean unknown = false;
        WatchKey key;
        while ((key = service.poll()) != null) {
            Path folder = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || folder == null) {
                    unknown = true; // lost events
                } else if (folder.equals(root)) {
                    String name = event.context().toString();
                    // a corpus folder came, went or was replaced; other files there are not corpus files
                    unknown |= name.equals(CorpusReader.ACTORS) || name.equals(CorpusReader.DOCUMENTS)
                            || name.equals(CorpusReader.SOURCES);
                } else {
                    changed.add(folder.resolve((Path) event.context()));
                }
            }
            if (!key.reset()) {
                unknown = true; // the folder is gone
            }
        }
        if (unknown || broken) {
            try {
                register();
                broken = false;
            } catch (IOException e) {
                broken = true;
            }
            return null;
        }
        return changed;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
