package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.concordance.bench.CorpusGenerator;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The import's shape, not its speed (bench/run measures that): importing a generated corpus of
 * 2,000 documents issues about twice the SQL statements of 1,000, and the statements per
 * written row stay below a constant, so no step is per-row without batching or quadratic.
 */
@QuarkusTest
class ImportShapeTest {

    @Inject
    SessionFactory sessions;

    @Inject
    CorpusService service;

    @Inject
    DatabaseFingerprint fingerprint;

    record Shape(long statements, long rows) {
    }

    @Test
    void statementsGrowLinearlyAndStayFewPerRow() throws IOException {
        try {
            Shape small = importGenerated(1000);
            Shape large = importGenerated(2000);
            double rowRatio = (double) large.rows() / small.rows();
            double statementRatio = (double) large.statements() / small.statements();
            assertTrue(rowRatio > 1.9 && rowRatio < 2.1, "the generator's 2,000 documents hold twice the rows: " + rowRatio);
            assertTrue(statementRatio > 1.7 && statementRatio < 2.3,
                    "twice the documents, about twice the statements: " + small + " then " + large);
            // Inserts go in JDBC batches (statement-batch-size 100): far fewer statements than rows.
            assertTrue(large.statements() * 20 < large.rows(), "statements per row: " + large);
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    private Shape importGenerated(int documents) throws IOException {
        Path dir = Files.createTempDirectory("concordance-shape-");
        try {
            new CorpusGenerator(dir, documents, 7).write();
            sessions.getStatistics().clear();
            CorpusService.Outcome outcome = service.importFrom(dir);
            assertEquals(java.util.List.of(), outcome.problems());
            assertTrue(outcome.changed());
            long statements = sessions.getStatistics().getPrepareStatementCount();
            long rows = 0;
            for (String table : java.util.List.of("document", "actor", "measure", "position", "signature", "evidence",
                    "source_text", "source_text_part", "document_author", "document_link", "corpus_file")) {
                rows += fingerprint.count(table);
            }
            return new Shape(statements, rows);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
