package org.concordance.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An export over an earlier snapshot after a one-document change writes only the files whose
 * content changed; every other file is the earlier one, kept (linked), with the version and
 * time it was first exported with.
 */
@QuarkusTest
class IncrementalExportTest {

    static final String CHANGED = "yudkowsky-time-op-ed";
    static final String ADDED = "An added sentence that only the second export shows.";

    @Inject
    org.concordance.change.HistoryReset history;

    @Inject
    SnapshotExporter exporter;

    @Inject
    CorpusService corpus;

    @TestHTTPResource("/")
    URL site;

    static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    @Test
    void aOneDocumentChangeRewritesOnlyTheFilesThatSayOtherwise() throws Exception {
        Path dir = Files.createTempDirectory("snapshot-incremental-").resolve("site");
        try (ScratchCorpus scratch = ScratchCorpus.copyOfReal()) {
            history.keepOnlyTheNewestVersion(); // the suite's earlier imports are no part of this site
            SnapshotExporter.Manifest first = exporter.export(dir, site.toURI());
            assertEquals(0, first.kept, "nothing to keep the first time");
            Path changedPage = dir.resolve("en/documents/" + CHANGED + "/index.html");
            Path unrelated = unrelatedActorPage(dir);
            Object changedBefore = identity(changedPage);
            Object unrelatedBefore = identity(unrelated);
            String unrelatedText = Files.readString(unrelated, StandardCharsets.UTF_8);

            Path yaml = scratch.root.resolve("documents/" + CHANGED + ".yaml");
            String text = Files.readString(yaml, StandardCharsets.UTF_8);
            int at = text.indexOf("summary:\n  en: >-\n") + "summary:\n  en: >-\n".length();
            Files.writeString(yaml, text.substring(0, at) + "    " + ADDED + "\n" + text.substring(at), StandardCharsets.UTF_8);
            assertTrue(corpus.importFrom(scratch.root).ok());
            Thread.sleep(1100); // a later export time, to the second

            SnapshotExporter.Manifest second = exporter.export(dir, site.toURI());
            assertNotEquals(first.corpusVersion, second.corpusVersion);
            assertTrue(second.kept > second.files / 2 && second.kept < second.files,
                    "kept " + second.kept + " of " + second.files + " files");
            assertTrue(Files.readString(changedPage, StandardCharsets.UTF_8).contains(ADDED));
            assertNotEquals(changedBefore, identity(changedPage), "the changed document's page is written anew");
            assertEquals(unrelatedBefore, identity(unrelated), "an unrelated page is the very same file");
            assertEquals(unrelatedText, Files.readString(unrelated, StandardCharsets.UTF_8));
            assertTrue(unrelatedText.contains(first.exportedAt) && unrelatedText.contains(first.corpusVersion.substring(0, 12)),
                    "a kept page names the snapshot it was first exported with");
            assertTrue(Files.readString(changedPage, StandardCharsets.UTF_8).contains(second.exportedAt));
            assertTrue(Files.readString(dir.resolve("snapshot.json"), StandardCharsets.UTF_8).contains(second.exportedAt));
        } finally {
            assertTrue(corpus.importFrom(ScratchCorpus.REAL).ok());
            try (Stream<Path> all = Files.walk(dir.getParent())) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** An actor's page that does not mention the changed document. */
    static Path unrelatedActorPage(Path dir) throws IOException {
        try (Stream<Path> actors = Files.list(dir.resolve("en/actors"))) {
            for (Path a : actors.filter(Files::isDirectory).sorted().toList()) {
                Path page = a.resolve("index.html");
                if (Files.isRegularFile(page) && !Files.readString(page, StandardCharsets.UTF_8).contains(CHANGED)) {
                    return page;
                }
            }
        }
        throw new AssertionError("every actor's page mentions " + CHANGED + ": " + List.of());
    }
}
