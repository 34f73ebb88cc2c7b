package org.concordance.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Corpus-side hardening: symlinks, the watcher's memory of what it read, and reads during an import. */
@QuarkusTest
class HardeningTest {

    @Inject
    CorpusService service;

    @Inject
    DatabaseFingerprint fingerprint;

    @Test
    void aSymlinkIntoTheCorpusIsRefusedAndNothingOfItIsQuoted() throws Exception {
        String before = fingerprint.take();
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            Files.createSymbolicLink(c.root.resolve("documents/passwd.yaml"), java.nio.file.Path.of("/etc/passwd"));
            Files.createSymbolicLink(c.root.resolve("sources/linked.txt"), c.root.resolve("sources/000_a0276081686ee7c4.txt"));
            CorpusService.Outcome outcome = service.importFrom(c.root);
            assertFalse(outcome.ok());
            List<String> problems = outcome.problems().stream().map(Problem::toString).toList();
            assertEquals(List.of("proposals/documents/passwd.yaml:1:1: " + CorpusReader.LINK,
                    "proposals/sources/linked.txt:1:1: " + CorpusReader.LINK), problems);
            assertFalse(String.join("\n", problems).contains("root:"), "nothing of the linked file is quoted");
        }
        assertEquals(before, fingerprint.take());
        String health = given().get("/q/health/ready").then().extract().asString();
        assertTrue(health.contains("lastImportProblems"), health);
        assertFalse(health.contains("passwd") || health.contains("proposals/"), "the health endpoint publishes counts only: " + health);
    }

    @Test
    void aLongValueIsQuotedAtMost80Characters() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID.replace("duration-months: 6", "duration-months: " + "9".repeat(500)));
            List<Problem> problems = new CorpusReader(c.root).read().problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().length() < 200, problems.get(0).message());
        }
    }

    /**
     * A refused read remembers the bytes it read, not the folder as it is afterwards: when the
     * corpus becomes valid the next watcher step imports it (a `git checkout` over many files).
     */
    @Test
    void theWatcherImportsACorpusThatBecameValidAfterARefusedRead() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID.replace("stance: proposes", "stance: maybe"));
            CorpusReader.Result broken = new CorpusReader(c.root).read();
            CorpusService.Outcome refused = service.importIfChanged(c.root);
            assertFalse(refused.ok());
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID);
            assertTrue(!broken.hash().equals(new CorpusReader(c.root).hash()), "the read's hash is of what it saw");
            CorpusService.Outcome imported = service.importIfChanged(c.root);
            assertNotNull(imported, "the watcher sees the valid state as new");
            assertTrue(imported.ok() && imported.changed());
            assertEquals(null, service.importIfChanged(c.root), "and then nothing more to do");
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    /**
     * Readers and imports at once: every list answer's items and total come from one corpus
     * version, and an ETag never names two different bodies.
     */
    @Test
    void listsTotalsAndETagsStayConsistentDuringImports() throws Exception {
        int realCount = given().get("/api/positions?size=100").then().extract().path("total");
        AtomicBoolean done = new AtomicBoolean();
        Map<String, String> bodyByTag = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<Integer> totals = ConcurrentHashMap.newKeySet();
        AtomicInteger reads = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    Response r = given().get("/api/positions?size=100");
                    reads.incrementAndGet();
                    int total = r.path("total");
                    int items = r.path("items.size()");
                    totals.add(total);
                    if (items != total || !String.valueOf(total).equals(r.header("X-Total-Count"))) {
                        problems.add("items " + items + ", total " + total + ", X-Total-Count " + r.header("X-Total-Count"));
                    }
                    String tag = r.header("ETag");
                    if (tag != null) {
                        String previous = bodyByTag.putIfAbsent(tag, r.asString());
                        if (previous != null && !previous.equals(r.asString())) {
                            problems.add("ETag " + tag + " named two bodies");
                        }
                    } else if (!"no-store".equals(r.header("Cache-Control"))) {
                        problems.add("an answer without ETag must not be cached: " + r.header("Cache-Control"));
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID);
            for (int i = 0; i < 6 || reads.get() < 60; i++) { // as many imports as it takes for enough overlapping reads
                assertTrue(service.importFrom(i % 2 == 0 ? c.root : ScratchCorpus.REAL).ok());
                if (i > 200) {
                    break;
                }
            }
        } finally {
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
        assertEquals(List.of(), problems, reads.get() + " reads");
        assertTrue(reads.get() >= 60, reads.get() + " reads");
        assertTrue(totals.stream().allMatch(t -> t == realCount || t == realCount + 1), totals.toString());
    }

    @Inject
    CorpusWriter writer;

    /**
     * Another instance on the same database commits a new version. Until this instance follows
     * it, an answer this instance keeps for its own version is still served, tagged with that
     * version; an answer built meanwhile is correct (one snapshot) but carries no ETag, since
     * this instance's tag would name the previous version. Once it follows, both are the new one's.
     */
    @Test
    void anotherInstancesCommitIsNeverTaggedWithThePreviousVersion() {
        Response kept = given().get("/api/documents?size=100&sort=slug");
        assertNotNull(kept.header("ETag"), "tagged while the versions agree");
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID);
            Corpus other = new CorpusReader(c.root).read().corpus();
            writer.replaceWith(other); // what another instance's import leaves in the database
            Response same = given().get("/api/documents?size=100&sort=slug");
            assertEquals(kept.asString(), same.asString(), "the version this instance serves, as it was");
            assertEquals(kept.header("ETag"), same.header("ETag"));
            Response r = given().get("/api/documents?size=100&sort=-slug");
            assertTrue(r.asString().contains("test-doc"), "an answer built now comes from the database as it is");
            assertEquals(null, r.header("ETag"), "but no tag vouches for it until this instance follows");
            assertEquals("no-store", r.header("Cache-Control"));
            service.followDatabase();
            assertEquals(other.hash(), service.currentHash());
            Response followed = given().get("/api/documents?size=100&sort=slug");
            assertTrue(followed.asString().contains("test-doc"), "followed: the new version's answer");
            assertNotNull(followed.header("ETag"), "tagged again once it follows");
            assertTrue(!kept.header("ETag").equals(followed.header("ETag")));
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }
}
