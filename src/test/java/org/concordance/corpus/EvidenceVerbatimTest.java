package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every quote in the corpus stands verbatim (white space aside) at its cited lines of the
 * source text. The texts live outside the repository ({@code ../shared/seeds}); without them
 * this test is skipped with a loud message, unless {@code -Dconcordance.require-seeds=true}
 * (set by .ci/run), where their absence fails the build.
 */
class EvidenceVerbatimTest {

    static Path seeds() {
        Path seeds = Path.of(System.getProperty("concordance.seeds", "../shared/seeds"));
        if (!Files.isDirectory(seeds)) {
            String message = "SOURCE TEXTS MISSING: " + seeds.toAbsolutePath()
                    + " does not exist, so quotes are NOT checked verbatim against their sources.";
            if (Boolean.getBoolean("concordance.require-seeds")) {
                throw new AssertionError(message + " (-Dconcordance.require-seeds=true)");
            }
            System.err.println("\n*** " + message + " Test skipped. ***\n");
            Assumptions.abort(message);
        }
        return seeds;
    }

    @Test
    void everyQuoteStandsVerbatimAtItsLocator() {
        Path seeds = seeds();
        Corpus corpus = new CorpusReader(ScratchCorpus.REAL).read().corpus();
        List<Problem> problems = new VerbatimCheck(seeds).check(corpus);
        assertEquals(List.of(), problems.stream().map(Problem::toString).toList());
        assertTrue(corpus.evidenceCount() > 100, "the check covered " + corpus.evidenceCount() + " quotes");
    }

    @Test
    void aQuoteThatWasAlteredOrMisplacedIsReportedWithItsPlace() {
        Path seeds = seeds();
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID
                    .replace("\"we call on all AI labs\"", "\"we call on every AI lab\"")
                    .replace("    lines: 116", "    lines: 116\n  - measure: test-pause\n    stance: proposes\n"
                            + "    evidence:\n      - quote: \"we call on all AI labs\"\n        lines: 40"));
            Corpus corpus = new CorpusReader(c.root).read().corpus();
            List<String> problems = new VerbatimCheck(seeds).check(corpus).stream().map(Problem::toString).toList();
            assertEquals(List.of(
                    "proposals/documents/test-doc.yaml:18:9: quote not found verbatim in 000_a0276081686ee7c4.txt "
                            + "lines 116-116: \"we call on every AI lab\"",
                    "proposals/documents/test-doc.yaml:23:9: quote not found verbatim in 000_a0276081686ee7c4.txt "
                            + "lines 40-40; it stands at line 116: \"we call on all AI labs\""),
                    problems);
        }
    }
}
