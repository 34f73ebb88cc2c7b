package org.concordance.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.HexFormat;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.SourceTextFile;

/**
 * Reads {@code proposals/} into a {@link Corpus}: pure Java, no database, so the service, the
 * curator's {@code validate} command and the tests share one code path. Either the whole
 * corpus is valid and returned, or every problem found is returned and nothing else.
 */
public final class CorpusReader {

    public static final String DOCUMENTS = "documents";
    public static final String ACTORS = "actors";
    public static final String SOURCES = "sources";
    static final String LINK = "a symbolic link: the corpus reads only files that are inside proposals/ itself; "
            + "put the file itself here";
    /**
     * Part of every corpus hash: change it whenever the reader or the writer would make something
     * else of the same files (a new rule, a new column), so that a start with unchanged files
     * still re-reads them under the new rules instead of trusting the last import.
     */
    static final String RULES = "concordance-corpus-rules-4";
    /** Largest source text read, in bytes. */
    static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;

    /**
     * Outcome of one read: a corpus, or the problems that stopped it; {@code hash} is the hash of
     * the bytes this read saw (what the watcher must compare with, not a later re-read).
     */
    public record Result(Corpus corpus, List<Problem> problems, String hash, Map<String, FileState> files) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * What one read knew of one file (by absolute path in {@link Result#files()}): its size and
     * modification time when it was read, and the SHA-256 of its bytes. A later {@link #hash(Map)}
     * trusts the digest while size and time are
     * unchanged (as git's index does); {@code modified} is {@link #UNTRUSTED} when the file was
     * modified so shortly before it was read that a second write in the same instant could hide.
     */
    public record FileState(long size, long modified, byte[] sha256) {
        public static final long UNTRUSTED = Long.MIN_VALUE;
    }

    /** A file modified less than this long before it is read is digested again next time. */
    static final long RACY_NANOS = 3_000_000_000L;

    private final Path root;
    private final String displayPrefix;

    /**
     * @param root the {@code proposals} directory
     * @param displayPrefix how file names start in messages (e.g. {@code proposals/})
     */
    public CorpusReader(Path root, String displayPrefix) {
        this.root = root;
        this.displayPrefix = displayPrefix;
    }

    public CorpusReader(Path root) {
        this(root, root.getFileName() == null ? "" : root.getFileName() + "/");
    }

    public Result read() {
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.add(new Loc(displayPrefix, 1, 1), "corpus directory not found: " + root.toAbsolutePath());
            return new Result(null, problems.sorted(), new FileHashes().corpusHash(), Map.of());
        }
        FileHashes digest = new FileHashes();
        List<ActorFile> actors = new ArrayList<>();
        List<DocumentFile> documents = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        bindAll(files(ACTORS, problems), ActorFile.class, digest, problems, actors, unreadable);
        bindAll(files(DOCUMENTS, problems), DocumentFile.class, digest, problems, documents, unreadable);
        Map<String, SourceText> texts = texts(digest, problems);
        new CorpusValidator(problems, unreadable).validate(actors, documents);
        // A text no document names may be named by a document whose field failed to bind: that
        // check waits for a clean corpus. A text that is there but could not be read has its own
        // problem already.
        boolean bound = problems.isEmpty();
        for (DocumentFile d : documents) {
            TextName name = d.sourceText();
            if (name != null && !texts.containsKey(name.value())
                    && !Files.exists(root.resolve(SOURCES).resolve(name.value()), LinkOption.NOFOLLOW_LINKS)) {
                problems.add(name.at(), "source text not found: " + displayPrefix + SOURCES + "/" + name.value()
                        + " does not exist (or could not be read); put the text there, with its record "
                        + SOURCES + "/" + stem(name.value()) + ".yaml beside it");
            }
        }
        Set<String> named = new HashSet<>();
        documents.forEach(d -> {
            if (d.sourceText() != null) {
                named.add(d.sourceText().value());
            }
        });
        for (String name : texts.keySet()) {
            if (bound && !named.contains(name)) {
                problems.add(new Loc(displayPrefix + SOURCES + "/" + name, 1, 1), "no document names this text: give its "
                        + "document 'source-text: " + name + "' (a misspelt name there reads as another file)");
            }
        }
        new ReferenceCheck(documents, texts, problems).check(actors);
        if (!problems.isEmpty()) {
            return new Result(null, withQuoteProblems(problems, documents, texts), digest.corpusHash(), digest.files(root));
        }
        VerbatimCheck.Result verbatim = new VerbatimCheck(texts, displayPrefix + SOURCES + "/").check(documents);
        if (!verbatim.problems().isEmpty()) {
            return new Result(null, verbatim.problems(), digest.corpusHash(), digest.files(root));
        }
        String hash = digest.corpusHash();
        return new Result(new Corpus(hash, actors, documents, texts, verbatim.anchors()), List.of(), hash, digest.files(root));
    }

    /**
     * Every {@code sources/<name>.txt} with its record {@code sources/<name>.yaml}, decoded; a
     * text without its record, a record without its text, a text that is not UTF-8, are problems.
     */
    private Map<String, SourceText> texts(FileHashes digest, Problems problems) {
        Map<String, SourceText> texts = new TreeMap<>();
        List<Path> files = files(SOURCES, problems);
        Map<String, Path> byName = new HashMap<>();
        files.forEach(f -> byName.put(f.getFileName().toString(), f));
        for (Path file : files) {
            String name = file.getFileName().toString();
            String display = display(file);
            if (name.endsWith(".yaml")) {
                if (!byName.containsKey(stem(name) + ".txt")) {
                    problems.add(new Loc(display, 1, 1), "a record without its text: " + SOURCES + "/" + stem(name)
                            + ".txt does not exist");
                    remember(digest, file);
                }
                continue;
            }
            if (!TextName.isValid(name)) {
                problems.add(new Loc(display, 1, 1), "not a source text name: use letters, digits, '.', '_' and '-', ending in .txt");
                remember(digest, file);
                continue;
            }
            text(file, byName.get(stem(name) + ".yaml"), digest, problems).ifPresent(t -> texts.put(name, t));
        }
        return texts;
    }

    /** One source text (its name checked already) with its record (null when there is none), decoded. */
    private java.util.Optional<SourceText> text(Path file, Path recordFile, FileHashes digest, Problems problems) {
        String name = file.getFileName().toString();
        String display = display(file);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                problems.add(new Loc(display, 1, 1), "the text is larger than " + MAX_TEXT_BYTES / (1024 * 1024)
                        + " MiB; split the source or cite an excerpt");
                remember(digest, file);
                return java.util.Optional.empty();
            }
            bytes = readFile(digest, file);
        } catch (IOException e) {
            problems.add(new Loc(display, 1, 1), "cannot read file: " + e.getClass().getSimpleName());
            failed(digest, file, e);
            return java.util.Optional.empty();
        }
        List<SourceTextFile> record = new ArrayList<>();
        if (recordFile == null) {
            problems.add(new Loc(display, 1, 1), "a source text needs its record beside it: add " + SOURCES + "/"
                    + stem(name) + ".yaml saying where the text comes from (provenance, origin, retrieved)");
        } else {
            bind(recordFile, SourceTextFile.class, digest, problems, record, new HashSet<>());
        }
        return SourceText.decode(name, display, bytes, record.isEmpty() ? null : record.get(0), problems);
    }

    /**
     * For {@link ChangeReader}: the source text {@code sources/<name>} and its record, or empty
     * (with the problems added) when either is missing or wrong.
     */
    java.util.Optional<SourceText> text(String name, FileHashes digest, Problems problems) {
        Path file = root.resolve(SOURCES).resolve(name);
        Path recordFile = root.resolve(SOURCES).resolve(stem(name) + ".yaml");
        if (!TextName.isValid(name) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new Loc(display(file), 1, 1), "source text not found: " + name);
            return java.util.Optional.empty();
        }
        return text(file, Files.isRegularFile(recordFile, LinkOption.NOFOLLOW_LINKS) ? recordFile : null, digest, problems);
    }

    /** For {@link ChangeReader}: one file of {@code actors/} or {@code documents/}, bound, or null with its problems added. */
    <R extends Record> R bindFile(String dir, String slug, Class<R> type, FileHashes digest, Problems problems) {
        List<R> into = new ArrayList<>(1);
        bind(root.resolve(dir).resolve(slug + ".yaml"), type, digest, problems, into, new HashSet<>());
        return into.isEmpty() ? null : into.get(0);
    }

    String displayPrefix() {
        return displayPrefix;
    }

    Path root() {
        return root;
    }

    /** Digests a file as {@link #hash()} does (and the read, for the files it skips), so the two hashes agree. */
    private void remember(FileHashes digest, Path file) {
        try {
            readFile(digest, file);
        } catch (IOException e) {
            failed(digest, file, e);
        }
    }

    /** A file that cannot be read counts by its failure, so the hash changes when it becomes readable. */
    private void failed(FileHashes digest, Path file, IOException e) {
        digest.put(relative(file), e.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /**
     * A hash of the corpus files' names and bytes, cheap to recompute to notice a change; for an
     * unchanged, valid corpus it equals the hash {@link #read()} gives it.
     */
    public String hash() {
        return hash(Map.of()).hash();
    }

    /**
     * A corpus hash and what it was computed from; {@code clean} is false when the folders hold
     * something the reader refuses without reading it (a link, a sub-folder, a stray file), which
     * no hash of the corpus files can show.
     */
    public record Hashed(String hash, Map<String, FileState> files, boolean clean, byte[][] buckets) {
        /** Without the bucket digests (they are computed again when a change needs them). */
        public Hashed(String hash, Map<String, FileState> files, boolean clean) {
            this(hash, files, clean, null);
        }
    }

    /**
     * The corpus hash, reading only the files whose size or modification time differ from what
     * {@code known} (a previous read's {@link Result#files()}) says of them: an unchanged corpus
     * of 100,000 documents is checked by listing and stat-ing its files, not by reading them.
     */
    public Hashed hash(Map<String, FileState> known) {
        FileHashes digest = new FileHashes();
        Problems ignored = new Problems();
        String prefix = root.toAbsolutePath().normalize().toString() + java.io.File.separator;
        for (String dir : List.of(ACTORS, DOCUMENTS, SOURCES)) {
            List<Path> files = new ArrayList<>();
            List<long[]> stats = new ArrayList<>();
            listing(dir, ignored, files, stats); // the listing's stat is the one compared: one stat per file
            String folder = prefix + dir + java.io.File.separator;
            FileState[] states = new FileState[files.size()];
            FileHashes[] read = new FileHashes[files.size()];
            java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
                Path file = files.get(i);
                FileState was = known.get(folder + file.getFileName());
                long[] now = stats.get(i);
                if (was != null && now != null && was.modified() != FileState.UNTRUSTED && was.size() == now[0]
                        && was.modified() == now[1]) {
                    states[i] = was;
                } else {
                    read[i] = new FileHashes();
                    remember(read[i], file);
                }
            });
            for (int i = 0; i < states.length; i++) {
                if (states[i] != null) {
                    digest.known(dir + "/" + files.get(i).getFileName(), states[i]);
                } else {
                    digest.putAll(read[i]);
                }
            }
        }
        byte[][] buckets = digest.buckets();
        return new Hashed(CorpusHash.combine(buckets), digest.files(root), ignored.isEmpty(), buckets);
    }

    /**
     * As {@link #hash(Map)}, when only {@code changed} (absolute paths, from {@link FolderWatch})
     * can differ from {@code previous}, a clean {@link Hashed} of this root: those are stat-ed
     * (and read if their size or time differ), every other state is taken as it is, and only
     * their buckets of the hash ({@link CorpusHash}) are digested again. Null when a changed path
     * is not a plain corpus file (a link, a folder, a stray file), which only {@link #hash(Map)}
     * reports, or when {@code previous} describes another folder.
     */
    public Hashed hash(Hashed previous, Set<Path> changed) {
        Path base = root.toAbsolutePath().normalize();
        String prefix = base.toString() + java.io.File.separator;
        if (previous.files().keySet().stream().findAny().filter(path -> !path.startsWith(prefix)).isPresent()) {
            return null; // states of another folder (every state of one account comes from one folder)
        }
        Overlay files = new Overlay(previous.files());
        Set<Integer> dirty = new HashSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            String name = file.getFileName().toString();
            Path folder = file.getParent();
            if (folder == null || !base.equals(folder.getParent()) || name.startsWith(".")) {
                continue; // not in a corpus folder, or hidden: the reader skips it too
            }
            String dir = folder.getFileName().toString();
            if (!List.of(ACTORS, DOCUMENTS, SOURCES).contains(dir)) {
                continue;
            }
            String relative = dir + "/" + name;
            String absolute = file.toString();
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (files.remove(absolute) != null) {
                    dirty.add(CorpusHash.bucket(relative));
                }
                continue;
            }
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !(name.endsWith(".yaml") || dir.equals(SOURCES) && name.endsWith(".txt"))) {
                return null;
            }
            FileState was = files.get(absolute);
            long[] now = stat(file);
            if (was != null && now != null && was.modified() != FileState.UNTRUSTED && was.size() == now[0]
                    && was.modified() == now[1]) {
                continue;
            }
            FileHashes one = new FileHashes();
            remember(one, root.resolve(dir).resolve(name));
            files.put(absolute, one.get(relative));
            dirty.add(CorpusHash.bucket(relative));
        }
        byte[][] buckets = previous.buckets() != null && dirty.isEmpty() ? previous.buckets()
                : CorpusHash.update(previous.buckets(), files, prefix, dirty);
        return new Hashed(CorpusHash.combine(buckets), files.compacted(), true, buckets);
    }

    /**
     * The states of a previous account with a few changed: a view over the previous map and the
     * changes, so that a step of the watcher does not copy 500,000 states; copied into one map
     * once the changes pile up.
     */
    private static final class Overlay extends java.util.AbstractMap<String, FileState> {
        private static final FileState REMOVED = new FileState(-1, -1, new byte[0]);
        private static final int COMPACT_AT = 1000;
        private final Map<String, FileState> base;
        private final Map<String, FileState> changes;

        Overlay(Map<String, FileState> previous) {
            if (previous instanceof Overlay o) {
                base = o.base;
                changes = new HashMap<>(o.changes);
            } else {
                base = previous;
                changes = new HashMap<>();
            }
        }

        Map<String, FileState> compacted() {
            if (changes.size() < COMPACT_AT) {
                return this;
            }
            Map<String, FileState> all = new HashMap<>(this);
            return java.util.Collections.unmodifiableMap(all);
        }

        @Override
        public FileState get(Object key) {
            FileState changed = changes.get(key);
            if (changed != null) {
                return changed == REMOVED ? null : changed;
            }
            return base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public FileState put(String key, FileState value) {
            FileState was = get(key);
            changes.put(key, value);
            return was;
        }

        @Override
        public FileState remove(Object key) {
            FileState was = get(key);
            if (was != null) {
                changes.put((String) key, REMOVED);
            }
            return was;
        }

        @Override
        public Set<Entry<String, FileState>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, FileState>> iterator() {
                    Stream<Entry<String, FileState>> kept = base.entrySet().stream().filter(e -> !changes.containsKey(e.getKey()));
                    Stream<Entry<String, FileState>> changed = changes.entrySet().stream().filter(e -> e.getValue() != REMOVED);
                    return Stream.concat(kept, changed).iterator();
                }

                @Override
                public int size() {
                    int size = base.size();
                    for (Entry<String, FileState> e : changes.entrySet()) {
                        boolean inBase = base.containsKey(e.getKey());
                        size += e.getValue() == REMOVED ? (inBase ? -1 : 0) : (inBase ? 0 : 1);
                    }
                    return size;
                }
            };
        }
    }

    /** Size and modification time (nanoseconds since the epoch), or null when the file cannot be stat-ed. */
    private static long[] stat(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            java.nio.file.attribute.FileTime t = a.lastModifiedTime();
            return new long[] { a.size(), t.to(java.util.concurrent.TimeUnit.SECONDS) * 1_000_000_000L + t.toInstant().getNano() };
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads a file's bytes, noting its size and time first (so a write during the read shows next time). */
    private byte[] readFile(FileHashes digest, Path file) throws IOException {
        long[] before = stat(file);
        byte[] bytes = Files.readAllBytes(file);
        long modified = before == null || before[0] != bytes.length
                || System.currentTimeMillis() * 1_000_000L - before[1] < RACY_NANOS ? FileState.UNTRUSTED : before[1];
        digest.put(relative(file), bytes, bytes.length, modified);
        return bytes;
    }

    /**
     * The SHA-256 of every file read, by path relative to the corpus root; the corpus hash
     * digests them in path order, whatever order they were read in.
     */
    static final class FileHashes {
        private final java.util.SortedMap<String, FileState> byPath = new TreeMap<>();

        /** A file that is not trusted by its size and time (it could not be read, or is racy). */
        void put(String path, byte[] bytes) {
            put(path, bytes, bytes.length, FileState.UNTRUSTED);
        }

        void put(String path, byte[] bytes, long size, long modified) {
            byPath.put(path, new FileState(size, modified, sha256().digest(bytes)));
        }

        /** The paths (relative to the root) of the files digested here. */
        Set<String> paths() {
            return byPath.keySet();
        }

        /** The state of a file digested here, by path relative to the root, or null. */
        FileState get(String path) {
            return byPath.get(path);
        }

        void known(String path, FileState state) {
            byPath.put(path, state);
        }

        void remove(String path) {
            byPath.remove(path);
        }

        void putAll(FileHashes other) {
            byPath.putAll(other.byPath);
        }

        /** The states by absolute path (so that states seen under one root never stand for another's files). */
        Map<String, FileState> files(Path root) {
            String prefix = root.toAbsolutePath().normalize().toString() + java.io.File.separator;
            Map<String, FileState> files = new HashMap<>(byPath.size() * 4 / 3 + 1);
            boolean slash = java.io.File.separatorChar == '/';
            byPath.forEach((path, state) -> files.put(prefix + (slash ? path : path.replace('/', java.io.File.separatorChar)),
                    state));
            return java.util.Collections.unmodifiableMap(files);
        }

        String corpusHash() {
            return CorpusHash.combine(buckets());
        }

        byte[][] buckets() {
            return CorpusHash.buckets(byPath);
        }
    }

    /**
     * Binds the files on every core (each file is read, parsed and bound on its own), then
     * gathers records, hashes and problems in file order, so the outcome is the same as one by one.
     */
    private <R extends Record> void bindAll(List<Path> files, Class<R> type, FileHashes digest, Problems problems,
            List<R> into, Set<String> unreadable) {
        record Bound<R>(FileHashes digest, Problems problems, List<R> records, Set<String> unreadable) {
        }
        Progress progress = new Progress("Corpus read", files.size(), type == ActorFile.class ? "actor files" : "document files");
        List<Bound<R>> bound = java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Bound<R> b = new Bound<>(new FileHashes(), new Problems(), new ArrayList<>(1), new HashSet<>(1));
            bind(files.get(i), type, b.digest(), b.problems(), b.records(), b.unreadable());
            progress.advance();
            return b;
        }).toList();
        for (Bound<R> b : bound) {
            digest.putAll(b.digest());
            problems.addAll(b.problems());
            into.addAll(b.records());
            unreadable.addAll(b.unreadable());
        }
    }

    /**
     * Binds one file; if it cannot even be parsed, the slug its name promises goes into
     * {@code unreadable} so references to it do not pile up as further, misleading problems.
     */
    private <R extends Record> void bind(Path file, Class<R> type, FileHashes digest, Problems problems, List<R> into,
            Set<String> unreadable) {
        String name = display(file);
        byte[] bytes;
        try {
            bytes = readFile(digest, file);
        } catch (IOException e) {
            problems.add(new Loc(name, 1, 1), "cannot read file: " + e.getClass().getSimpleName());
            failed(digest, file, e); // as hash() does
            return;
        }
        R record = YamlFile.parse(name, bytes, problems).map(node -> new Binder(name, problems).bindRoot(node, type))
                .orElse(null);
        if (record != null) {
            into.add(record);
        } else {
            String fileName = file.getFileName().toString();
            unreadable.add(fileName.substring(0, fileName.length() - ".yaml".length()));
        }
    }

    /**
     * The problems found, and those of every quote that can be checked all the same (its entry
     * bound whole, its document's text read), so that one run names an unknown measure type and a
     * quote that is not verbatim alike. The quotes of a file that does not bind at all are not.
     */
    private List<Problem> withQuoteProblems(Problems problems, List<DocumentFile> documents, Map<String, SourceText> texts) {
        List<Problem> all = new ArrayList<>(problems.sorted());
        all.addAll(new VerbatimCheck(texts, displayPrefix + SOURCES + "/").check(documents).problems());
        java.util.Collections.sort(all);
        return all;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The {@code *.yaml} files of one folder ({@code *.txt} too in sources/), sorted; anything else in it is a problem. */
    private List<Path> files(String dir, Problems problems) {
        List<Path> files = new ArrayList<>();
        listing(dir, problems, files, new ArrayList<>());
        return files;
    }

    /** As {@link #files}, with each file's size and modification time as the listing found them. */
    private void listing(String dir, Problems problems, List<Path> yaml, List<long[]> stats) {
        Path folder = root.resolve(dir);
        if (Files.isSymbolicLink(folder)) {
            problems.add(new Loc(display(folder), 1, 1), LINK);
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> listed = entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            // One stat per file, on every core (at 100,000 documents the folders hold 500,000 files).
            java.nio.file.attribute.BasicFileAttributes[] attributes = new java.nio.file.attribute.BasicFileAttributes[listed.size()];
            java.util.stream.IntStream.range(0, listed.size()).parallel().forEach(i -> {
                try {
                    attributes[i] = Files.readAttributes(listed.get(i), java.nio.file.attribute.BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    attributes[i] = null; // gone since the listing: reported below
                }
            });
            for (int i = 0; i < listed.size(); i++) {
                Path p = listed.get(i);
                String n = p.getFileName().toString();
                java.nio.file.attribute.BasicFileAttributes a = attributes[i];
                if (a == null) {
                    problems.add(new Loc(display(p), 1, 1), "cannot read file: it was removed while the folder was read");
                } else if (a.isSymbolicLink()) {
                    problems.add(new Loc(display(p), 1, 1), LINK); // never followed: it may point anywhere
                } else if (a.isRegularFile() && (n.endsWith(".yaml") || dir.equals(SOURCES) && n.endsWith(".txt"))) {
                    yaml.add(p);
                    java.nio.file.attribute.FileTime t = a.lastModifiedTime();
                    stats.add(new long[] { a.size(),
                            t.to(java.util.concurrent.TimeUnit.SECONDS) * 1_000_000_000L + t.toInstant().getNano() });
                } else {
                    problems.add(new Loc(display(p), 1, 1), a.isDirectory()
                            ? "sub-folders are not read: put the file directly in " + dir + "/"
                            : dir.equals(SOURCES) ? "not a corpus file: only <name>.txt source texts and their <name>.yaml records belong in " + dir + "/"
                            : "not a corpus file: only <slug>.yaml files belong in " + dir + "/");
                }
            }
        } catch (IOException e) {
            problems.add(new Loc(display(folder), 1, 1), "cannot list folder: " + e.getClass().getSimpleName());
        }
    }

    private String display(Path file) {
        return displayPrefix + root.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
