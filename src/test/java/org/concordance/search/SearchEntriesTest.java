package org.concordance.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.concordance.bench.CorpusGenerator;
import org.concordance.corpus.Corpus;
import org.concordance.corpus.CorpusReader;
import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The search index is built from the corpus as read while it is written to the database, and
 * from the database when no corpus is at hand (a start without import, another instance's
 * import): both give the same entries, for the real corpus and a generated one.
 */
@QuarkusTest
class SearchEntriesTest {

    @Inject
    SearchService search;

    @Inject
    CorpusService service;

    @Test
    void theCorpusAndTheDatabaseGiveTheSameEntries() throws IOException {
        assertSame(ScratchCorpus.REAL);
        Path generated = Files.createTempDirectory("concordance-entries-");
        try {
            new CorpusGenerator(generated, 60, 3).write();
            assertTrue(service.importFrom(generated).ok());
            assertSame(generated);
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
            try (Stream<Path> files = Files.walk(generated)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void assertSame(Path root) {
        Corpus corpus = new CorpusReader(root).read().corpus();
        assertEquals(corpus.hash(), service.currentHash(), "the database holds this corpus");
        List<SearchEntry> fromCorpus = sorted(search.entries(corpus));
        List<SearchEntry> fromDatabase = sorted(QuarkusTransaction.requiringNew().call(() -> search.entries()));
        assertEquals(fromDatabase.size(), fromCorpus.size());
        for (int i = 0; i < fromCorpus.size(); i++) {
            assertEquals(fromDatabase.get(i), fromCorpus.get(i));
        }
        assertTrue(fromCorpus.stream().anyMatch(e -> e.kind().equals("evidence") && e.link().contains("#signature-")));
        assertTrue(fromCorpus.stream().anyMatch(e -> e.kind().equals("evidence") && e.link().contains("#position-")));
    }

    private static List<SearchEntry> sorted(List<SearchEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(SearchEntry::kind).thenComparing(SearchEntry::slug)).toList();
    }
}
