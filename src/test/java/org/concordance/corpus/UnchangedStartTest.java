package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A start on unchanged files reads none of them: what the last import knew of each file (size,
 * modification time, SHA-256) is kept with it in the database, and a file whose size and time
 * are the same counts as unchanged, as in git's index. A changed size or time reads the file.
 */
@QuarkusTest
class UnchangedStartTest {

    @Inject
    CorpusService service;

    @Inject
    CorpusWriter writer;

    @Test
    void unchangedFilesAreRecognisedBySizeAndTimeAndAChangedTimeReadsTheFileAgain() throws IOException {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.replace("documents/fli-pause-letter.yaml", "stance: proposes", "stance: supports");
            Path doc = c.root.resolve("documents/fli-pause-letter.yaml");
            ageAll(c.root);
            CorpusService.Outcome first = service.importFrom(c.root);
            assertTrue(first.ok() && first.changed(), first.toString());
            Map<String, CorpusReader.FileState> stored = QuarkusTransaction.requiringNew()
                    .call(() -> FileStates.load(CorpusImport.getEntityManager()));
            CorpusReader.FileState state = stored.get(doc.toAbsolutePath().normalize().toString());
            assertEquals(Files.size(doc), state.size(), "the import keeps each file's size with it");
            assertTrue(state.modified() != CorpusReader.FileState.UNTRUSTED, "an old file is trusted by its time");

            // Same size, same time, other bytes: taken as unchanged without reading (git's trade-off).
            FileTime time = Files.getLastModifiedTime(doc);
            String text = Files.readString(doc);
            Files.writeString(doc, text.replace("stance: supports", "stance: supportz"));
            Files.setLastModifiedTime(doc, time);
            CorpusService.Outcome same = service.importFrom(c.root);
            assertTrue(same.ok() && !same.changed(), "not read again: " + same);

            // The time moves: the file is read, its mistake found, and the import refused.
            Files.setLastModifiedTime(doc, FileTime.from(time.toInstant().plusSeconds(1)));
            CorpusService.Outcome touched = service.importFrom(c.root);
            assertFalse(touched.ok(), "read again once its time changed: " + touched);
            assertTrue(touched.problems().toString().contains("unknown stance 'supportz'"), touched.toString());

            // The files as they were: the recorded states still describe the database, so it is unchanged.
            Files.writeString(doc, text);
            Files.setLastModifiedTime(doc, time);
            CorpusService.Outcome back = service.importFrom(c.root);
            assertTrue(back.ok() && !back.changed(), back.toString());
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    @Test
    void aStartServesTheVersionInTheDatabaseAtOnceAndThenImportsWhatChangedMeanwhile() throws Exception {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            assertTrue(service.importFrom(c.root).ok());
            String before = service.currentHash();
            // Changed while the service was down: a stance, then (second start) a mistake.
            c.replace("documents/fli-pause-letter.yaml", "stance: proposes", "stance: supports");
            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
            service.onWatcherThread(() -> await(hold)); // the comparison waits behind it
            service.importAtStart(c.root, true);
            assertEquals(before, service.currentHash(), "the database's version is served before the files are compared");
            assertTrue(service.checkingAfterStart());
            hold.countDown();
            awaitCheck();
            CorpusService.Outcome after = service.last();
            assertTrue(after.ok() && after.changed(), after.toString());
            assertEquals(after.hash(), service.currentHash(), "the change made meanwhile is served once imported");
            assertFalse(before.equals(after.hash()));

            c.replace("documents/fli-pause-letter.yaml", "stance: supports", "stance: supportz");
            service.importAtStart(c.root, true);
            awaitCheck();
            assertFalse(service.last().ok(), "the broken corpus is refused after start: " + service.last());
            assertEquals(after.hash(), service.currentHash(), "and the version served at start stays served");
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    private void awaitCheck() throws InterruptedException {
        for (int i = 0; i < 600 && service.checkingAfterStart(); i++) {
            Thread.sleep(50);
        }
        assertFalse(service.checkingAfterStart(), "the comparison after start did not end within 30 s");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFileWrittenMomentsBeforeItIsReadIsNeverTrustedByItsTime() throws IOException {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.replace("documents/fli-pause-letter.yaml", "stance: proposes", "stance: supports");
            CorpusService.Outcome first = service.importFrom(c.root);
            assertTrue(first.ok() && first.changed(), first.toString());
            Path doc = c.root.resolve("documents/fli-pause-letter.yaml");
            Map<String, CorpusReader.FileState> stored = QuarkusTransaction.requiringNew()
                    .call(() -> FileStates.load(CorpusImport.getEntityManager()));
            assertEquals(CorpusReader.FileState.UNTRUSTED,
                    stored.get(doc.toAbsolutePath().normalize().toString()).modified(),
                    "a second write within the clock's resolution could hide behind the same time");
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    @Test
    void aSymbolicLinkBesideUnchangedFilesIsStillRefused() throws IOException {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            ageAll(c.root);
            assertTrue(service.importFrom(c.root).ok());
            Files.createSymbolicLink(c.root.resolve("documents/passwd.yaml"), Path.of("/etc/passwd"));
            CorpusService.Outcome outcome = service.importFrom(c.root);
            assertFalse(outcome.ok(), "a link is no corpus file, so no hash of the files vouches for it: " + outcome);
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    /** Dates every file an hour back, beyond the window in which a time is not trusted. */
    private static void ageAll(Path root) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
    }
}
