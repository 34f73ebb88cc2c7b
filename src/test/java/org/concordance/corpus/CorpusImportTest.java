package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The real corpus loads, an unchanged corpus changes nothing, and a failed write rolls back. */
@QuarkusTest
class CorpusImportTest {

    @Inject
    CorpusService service;

    @Inject
    CorpusWriter writer;

    @Inject
    DatabaseFingerprint fingerprint;

    @Test
    void theRealCorpusIsLoadedAtStartWithEveryRowCounted() {
        CorpusReader.Result real = new CorpusReader(ScratchCorpus.REAL).read();
        assertEquals(List.of(), real.problems());
        Corpus corpus = real.corpus();
        CorpusImport loaded = QuarkusTransaction.requiringNew().call(CorpusImport::latest);
        assertEquals(corpus.hash(), loaded.corpusHash);
        assertEquals(corpus.documents().size(), fingerprint.count("document"));
        assertEquals(corpus.actors().size(), fingerprint.count("actor"));
        assertEquals(corpus.measureCount(), fingerprint.count("measure"));
        assertEquals(corpus.positionCount(), fingerprint.count("position"));
        assertEquals(corpus.signatureCount(), fingerprint.count("signature"));
        assertEquals(corpus.evidenceCount(), fingerprint.count("evidence"));
        assertTrue(corpus.documents().size() >= 3 && corpus.evidenceCount() >= 30, corpus.summary());
    }

    @Test
    void reimportingAnUnchangedCorpusChangesNothing() {
        String before = fingerprint.take();
        CorpusService.Outcome outcome = service.importFrom(ScratchCorpus.REAL);
        assertTrue(outcome.ok());
        assertFalse(outcome.changed());
        assertEquals(before, fingerprint.take());
    }

    @Test
    void aChangedCorpusIsImportedWholeAndTheOriginalComesBack() {
        String before = fingerprint.take();
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-extra.yaml", CorpusRefusalTest.VALID.replace("test-doc", "test-extra"));
            CorpusService.Outcome outcome = service.importFrom(c.root);
            assertEquals(List.of(), outcome.problems());
            assertTrue(outcome.changed());
            assertEquals(1, QuarkusTransaction.requiringNew().call(
                    () -> org.concordance.measure.Measure.count("slug", "test-pause")));
        } finally {
            CorpusService.Outcome back = service.importFrom(ScratchCorpus.REAL);
            assertTrue(back.ok() && back.changed());
        }
        assertNotEquals(before, fingerprint.take(), "replacing allocates new ids");
        assertEquals(0, QuarkusTransaction.requiringNew().call(
                () -> org.concordance.measure.Measure.count("slug", "test-pause")));
    }

    @Test
    void aVersionWrittenByAnotherInstanceIsFollowed() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-extra.yaml", CorpusRefusalTest.VALID.replace("test-doc", "test-extra"));
            Corpus other = new CorpusReader(c.root).read().corpus();
            writer.replaceWith(other); // as another instance on the same database would
            assertNotEquals(other.hash(), service.currentHash());
            service.followDatabase();
            assertEquals(other.hash(), service.currentHash());
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
        assertEquals(new CorpusReader(ScratchCorpus.REAL).read().corpus().hash(), service.currentHash());
    }

    @Test
    void aDatabaseFailureMidWriteRollsEverythingBack() {
        String before = fingerprint.take();
        Corpus real = new CorpusReader(ScratchCorpus.REAL).read().corpus();
        // Passes no validator (it bypasses the reader) and breaks the actor slug's unique key
        // after hundreds of rows have been written in the same transaction.
        List<Format.ActorFile> actors = new ArrayList<>(real.actors());
        actors.add(real.actors().get(0));
        Corpus broken = new Corpus("not-the-real-hash", actors, real.documents(), real.texts(), real.anchors());
        assertThrows(RuntimeException.class, () -> writer.replaceWith(broken));
        assertEquals(before, fingerprint.take());
    }
}
