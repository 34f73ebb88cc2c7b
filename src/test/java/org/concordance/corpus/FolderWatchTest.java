package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The watcher's file events: a step stats only the files the operating system names, and the
 * hash it gets is the one a stat of every file gives; what events cannot describe (a folder
 * replaced, a sub-folder) makes the step stat everything.
 */
class FolderWatchTest {

    @Test
    void theFilesNamedByEventsGiveTheHashOfAFullLook() throws Exception {
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal(); FolderWatch watch = FolderWatch.open(corpus.root)) {
            CorpusReader reader = new CorpusReader(corpus.root);
            CorpusReader.Hashed start = reader.hash(java.util.Map.of());
            assertTrue(start.clean());
            assertEquals(Set.of(), watch.changes(), "nothing happened yet");

            Path document = Files.list(corpus.root.resolve("documents")).sorted().findFirst().orElseThrow();
            Files.writeString(document, Files.readString(document) + "# a comment\n", StandardCharsets.UTF_8);
            Set<Path> changes = await(watch);
            assertEquals(Set.of(document.toAbsolutePath().normalize()), changes);
            CorpusReader.Hashed edited = reader.hash(start, changes);
            CorpusReader.Hashed withoutBuckets = reader.hash(new CorpusReader.Hashed(start.hash(), start.files(), true), changes);
            assertEquals(edited.hash(), withoutBuckets.hash(), "the buckets computed again from the states");
            assertNotEquals(start.hash(), edited.hash());
            assertEquals(reader.hash(java.util.Map.of()).hash(), edited.hash(), "as a stat and read of every file says");

            Path added = corpus.root.resolve("documents/added-by-a-curator.yaml");
            Files.writeString(added, "slug: added-by-a-curator\n", StandardCharsets.UTF_8);
            CorpusReader.Hashed more = reader.hash(edited, await(watch));
            assertEquals(reader.hash(java.util.Map.of()).hash(), more.hash());
            assertTrue(more.files().containsKey(added.toAbsolutePath().normalize().toString()));

            Files.delete(added);
            CorpusReader.Hashed fewer = reader.hash(more, await(watch));
            assertEquals(edited.hash(), fewer.hash(), "the removed file is gone from the hash");

            Files.createDirectory(corpus.root.resolve("documents/sub"));
            assertNull(reader.hash(fewer, await(watch)), "a sub-folder: only a full look reports it");

            Files.move(corpus.root.resolve("sources"), corpus.root.resolve("sources-moved"));
            assertNull(awaitUnknown(watch), "a corpus folder moved away: the events cannot say what changed");
        }
    }

    @Test
    void statesOfAnotherFolderAreNotTakenForThisOne() throws IOException {
        try (ScratchCorpus a = ScratchCorpus.copyOfReal(); ScratchCorpus b = ScratchCorpus.copyOfReal()) {
            CorpusReader.Hashed other = new CorpusReader(b.root).hash(java.util.Map.of());
            assertNull(new CorpusReader(a.root).hash(other, Set.of()));
        }
    }

    /** The next non-empty answer (events arrive shortly after the write). */
    private static Set<Path> await(FolderWatch watch) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        Set<Path> all = new java.util.TreeSet<>();
        while (System.nanoTime() < until) {
            Set<Path> changes = watch.changes();
            assertTrue(changes != null, "events describe a file's change");
            all.addAll(changes);
            if (!all.isEmpty()) {
                Thread.sleep(100); // the rest of the same write
                Set<Path> rest = watch.changes();
                all.addAll(rest);
                return all;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no file event within 10 s");
    }

    private static Set<Path> awaitUnknown(FolderWatch watch) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            Set<Path> changes = watch.changes();
            if (changes == null) {
                return null;
            }
            Thread.sleep(20);
        }
        return Set.of();
    }
}
