package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.concordance.bench.CorpusGenerator;
import org.concordance.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A change to a few files is imported by itself ({@link ChangeReader}, {@link CorpusWriter#apply}):
 * the rows of unchanged documents keep their ids, and the database, the counts and the search
 * index end up exactly as a whole import of the same files leaves them. A change that breaks a
 * document elsewhere is refused with every problem, as a whole read reports them.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalImportTest {

    static final int DOCUMENTS = 30;

    @Inject
    CorpusService service;

    @Inject
    DatabaseFingerprint fingerprint;

    @Inject
    SearchService search;

    Path dir;
    Path spare;

    @BeforeAll
    void generate() throws IOException {
        dir = Files.createTempDirectory("concordance-change-").resolve("proposals");
        new CorpusGenerator(dir, DOCUMENTS, 11).write();
        spare = Files.createTempDirectory("concordance-change-spare-").resolve("proposals");
        new CorpusGenerator(spare, DOCUMENTS + 1, 11).write(); // document DOCUMENTS is the one to add
    }

    @AfterAll
    void cleanUp() throws IOException {
        try {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        } finally {
            delete(dir.getParent());
            delete(spare.getParent());
        }
    }

    @Test
    void changesAreImportedByThemselvesAndEndAsAWholeImportWould() throws IOException {
        CorpusService.Outcome first = service.importFrom(dir);
        assertEquals(List.of(), first.problems());
        long untouched = documentId("doc-000000");

        // A stance changes; the document's measures are taken positions on elsewhere.
        Path doc3 = dir.resolve("documents/doc-000003.yaml");
        String yaml = Files.readString(doc3);
        java.util.regex.Matcher actorStance = java.util.regex.Pattern.compile("(    actor: actor-\\d+\n    stance: )(\\w+)")
                .matcher(yaml);
        assertTrue(actorStance.find(), yaml);
        String to = actorStance.group(2).equals("opposes") ? "supports" : "opposes";
        write(doc3, yaml.substring(0, actorStance.start(2)) + to + yaml.substring(actorStance.end(2)));
        CorpusService.Outcome stance = service.importFrom(dir);
        assertEquals(List.of(), stance.problems());
        assertTrue(stance.changed());
        assertEquals(untouched, documentId("doc-000000"), "an unchanged document keeps its row: the change was imported alone");
        assertEquals("updated", search.origin(), "the search index was updated, not rebuilt");
        assertSameAsWholeImport(stance);

        // A source text grows a line, a measure is renamed, an actor changes name, a document is added.
        untouched = documentId("doc-000000"); // the comparison imported the files whole again
        Path text = dir.resolve("sources/doc-000002.txt");
        write(text, Files.readString(text) + "A line added by a curator.\n");
        Path doc5 = dir.resolve("documents/doc-000005.yaml");
        write(doc5, Files.readString(doc5).replaceFirst("(name:\n      en: \")", "$1Renamed "));
        Path actor = dir.resolve("actors/actor-0000001.yaml");
        write(actor, Files.readString(actor).replaceFirst("en: \"", "en: \"Renamed "));
        String added = String.format("doc-%06d", DOCUMENTS);
        for (String file : List.of("documents/" + added + ".yaml", "sources/" + added + ".txt", "sources/" + added + ".yaml",
                String.format("actors/actor-%07d.yaml", 2 * DOCUMENTS), String.format("actors/actor-%07d.yaml", 2 * DOCUMENTS + 1))) {
            Files.copy(spare.resolve(file), dir.resolve(file));
        }
        CorpusService.Outcome more = service.importFrom(dir);
        assertEquals(List.of(), more.problems());
        assertEquals(untouched, documentId("doc-000000"));
        assertEquals("updated", search.origin());
        assertTrue(more.summary().startsWith((DOCUMENTS + 1) + " documents"), more.summary());
        assertSameAsWholeImport(more);

        // The added document goes again, with its text and its actors.
        untouched = documentId("doc-000000");
        for (String file : List.of("documents/" + added + ".yaml", "sources/" + added + ".txt", "sources/" + added + ".yaml",
                String.format("actors/actor-%07d.yaml", 2 * DOCUMENTS), String.format("actors/actor-%07d.yaml", 2 * DOCUMENTS + 1))) {
            Files.delete(dir.resolve(file));
        }
        CorpusService.Outcome fewer = service.importFrom(dir);
        assertEquals(List.of(), fewer.problems());
        assertEquals(untouched, documentId("doc-000000"));
        assertEquals("updated", search.origin());
        assertTrue(fewer.summary().startsWith(DOCUMENTS + " documents"), fewer.summary());
        assertSameAsWholeImport(fewer);

        // An actor whose file is removed while documents still name it: refused, as a whole read refuses it.
        String before = fingerprint.take();
        String hash = service.currentHash();
        Path named = dir.resolve("actors/actor-0000002.yaml");
        String actorFile = Files.readString(named);
        Files.delete(named);
        CorpusService.Outcome orphaned = service.importFrom(dir);
        assertFalse(orphaned.ok());
        assertEquals(new CorpusReader(dir).read().problems(), orphaned.problems());
        assertTrue(orphaned.problems().stream().anyMatch(p -> p.message().contains("unknown actor 'actor-0000002'")),
                orphaned.problems().toString());
        assertEquals(before, fingerprint.take(), "a refused change writes nothing");
        Files.writeString(named, actorFile, StandardCharsets.UTF_8);

        // A measure that later documents take positions on disappears: refused, every problem named.
        String measure = measureTakenElsewhere();
        Path owner = dir.resolve("documents/" + measure.substring(0, measure.lastIndexOf('-')) + ".yaml");
        write(owner, Files.readString(owner).replaceFirst("slug: " + measure + "\n", "slug: " + measure + "-gone\n"));
        CorpusService.Outcome broken = service.importFrom(dir);
        assertFalse(broken.ok());
        CorpusReader.Result whole = new CorpusReader(dir).read();
        assertEquals(whole.problems(), broken.problems(), "the refusal lists what a whole read finds");
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("unknown measure '" + measure + "'")),
                broken.problems().toString());
        assertEquals(before, fingerprint.take(), "a refused change writes nothing");
        assertEquals(hash, service.currentHash());
    }

    @Test
    void aChangeTheFileEventsMissedIsFoundByTheOccasionalLookAtEveryFile() throws IOException {
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal(); ScratchCorpus elsewhere = ScratchCorpus.copyOfReal()) {
            assertTrue(service.importFrom(corpus.root).ok());
            // A watch that delivers nothing for this folder, as some network mounts do.
            service.useEvents(FolderWatch.open(elsewhere.root));
            try {
                Path document = corpus.root.resolve("documents/fli-pause-letter.yaml");
                write(document, Files.readString(document) + "# edited where no event reaches\n");
                assertEquals(null, service.importIfChanged(corpus.root), "no event, and no look at every file due yet");
                service.lookAtEveryFileNext();
                CorpusService.Outcome outcome = service.importIfChanged(corpus.root);
                assertTrue(outcome != null && outcome.ok() && outcome.changed(), "the look at every file found the change");
                assertEquals(new CorpusReader(corpus.root).hash(), service.currentHash());
                assertFalse(service.eventsInUse(), "events that missed a change are no longer relied on");
            } finally {
                service.useEvents(null);
                assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
            }
        }
    }

    /** The database and the search index as a whole import of a copy of the same files leaves them. */
    private void assertSameAsWholeImport(CorpusService.Outcome changed) throws IOException {
        List<String> content = fingerprint.content();
        String summary = changed.summary();
        List<String> searches = searches();
        try (ScratchCorpus copy = ScratchCorpus.copyOf(dir)) {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
            CorpusService.Outcome whole = service.importFrom(copy.root);
            assertEquals(List.of(), whole.problems());
            assertEquals(changed.hash(), whole.hash());
            assertEquals(summary, whole.summary(), "the counts of the change's import row");
            List<String> wholeContent = fingerprint.content();
            assertEquals(wholeContent.size(), content.size());
            for (int i = 0; i < content.size(); i++) {
                assertEquals(wholeContent.get(i), content.get(i), "row " + i);
            }
            assertEquals(searches(), searches, "the search index");
            // Back to the files the test changes, by a whole import.
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
            assertTrue(service.importFrom(dir).ok());
        }
    }

    /** A measure that a document other than its own takes a position on. */
    private String measureTakenElsewhere() throws IOException {
        java.util.regex.Pattern taken = java.util.regex.Pattern.compile("- measure: (doc-(\\d+)-m\\d+)");
        for (int i = DOCUMENTS - 1; i >= 0; i--) {
            String slug = String.format("doc-%06d", i);
            java.util.regex.Matcher m = taken.matcher(Files.readString(dir.resolve("documents/" + slug + ".yaml")));
            while (m.find()) {
                if (!m.group(1).startsWith(slug + "-")) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("the generator takes positions on other documents' measures");
    }

    private List<String> searches() {
        return Stream.of("synthetic", "renamed", "proposal", "institute", "水印", "curator")
                .map(q -> search.search(q, null, 0, 100)).map(r -> r.query() + " " + r.total() + " "
                        + r.hits().stream().map(h -> h.kind() + ":" + h.slug() + ":" + h.title()).toList())
                .toList();
    }

    private long documentId(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> org.concordance.document.Document.<org.concordance.document.Document>find(
                "slug", slug).firstResult().id);
    }

    /** Writes a file so that its new size or time shows at once (as an editor's save does, a second later). */
    private static void write(Path file, String content) throws IOException {
        long before = Files.getLastModifiedTime(file).toMillis();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(before + 1000));
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
