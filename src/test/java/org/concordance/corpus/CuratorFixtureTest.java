package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A curator's new document with planted mistakes (src/test/resources/curator-fixture), added to a
 * copy of the bundled corpus: {@code validate} names each problem at its exact file, line and
 * column, as plain {@code file:line:column: message} lines and as GitHub Actions workflow
 * commands ({@code ::error file=…,line=…,col=…::…}) that put each on the pull request's line.
 */
class CuratorFixtureTest {

    static final String FILE = "proposals/documents/fixture-compute-letter.yaml";

    static final String NOT_VERBATIM = "quote not found verbatim in proposals/sources/fixture-compute-letter.txt line 3: "
            + "\"We call for a register of every large training run.\"";
    static final String PAST_THE_END = "line 9 is beyond the end of proposals/sources/fixture-compute-letter.txt (4 lines); "
            + "quote: \"We also ask that labs publish their evaluations.\"";

    @Test
    void aQuoteNotVerbatimAndALocatorPastTheEndAreNamedWhereTheyAre() throws IOException {
        try (ScratchCorpus corpus = withFixture()) {
            assertEquals(List.of(FILE + ":17:9: " + NOT_VERBATIM, FILE + ":23:9: " + PAST_THE_END,
                    "2 problem(s); nothing would be imported."), validate(corpus, false));
            assertEquals(List.of("::error file=" + FILE + ",line=17,col=9::" + NOT_VERBATIM,
                    "::error file=" + FILE + ",line=23,col=9::" + PAST_THE_END,
                    "2 problem(s); nothing would be imported."), validate(corpus, true));
        }
    }

    @Test
    void anUnknownMeasureTypeIsNamedOnItsLineInTheSameRunAsTheQuotes() throws IOException {
        try (ScratchCorpus corpus = withFixture()) {
            corpus.replace("documents/fixture-compute-letter.yaml", "type: compute-tracking", "type: compute-registry");
            String message = "unknown measure type 'compute-registry'; allowed: " + org.concordance.Coded.codes(
                    org.concordance.measure.MeasureType.class);
            assertEquals(List.of(FILE + ":10:11: " + message, FILE + ":17:9: " + NOT_VERBATIM, FILE + ":23:9: " + PAST_THE_END,
                    "3 problem(s); nothing would be imported."), validate(corpus, false));
            assertEquals(List.of("::error file=" + FILE + ",line=10,col=11::" + message,
                    "::error file=" + FILE + ",line=17,col=9::" + NOT_VERBATIM,
                    "::error file=" + FILE + ",line=23,col=9::" + PAST_THE_END, "3 problem(s); nothing would be imported."),
                    validate(corpus, true));
        }
    }

    /** A source text that is not there is named in the same run as an unknown code (its quotes wait for the text). */
    @Test
    void aMissingSourceTextIsNamedInTheSameRunAsAnUnknownMeasureType() throws IOException {
        try (ScratchCorpus corpus = withFixture()) {
            corpus.replace("documents/fixture-compute-letter.yaml", "type: compute-tracking", "type: compute-registry");
            corpus.replace("documents/fixture-compute-letter.yaml", "source-text: fixture-compute-letter.txt",
                    "source-text: fixture-compute-leter.txt");
            String message = "unknown measure type 'compute-registry'; allowed: " + org.concordance.Coded.codes(
                    org.concordance.measure.MeasureType.class);
            assertEquals(List.of(FILE + ":7:14: source text not found: proposals/sources/fixture-compute-leter.txt does not "
                    + "exist (or could not be read); put the text there, with its record sources/fixture-compute-leter.yaml beside it",
                    FILE + ":10:11: " + message, "2 problem(s); nothing would be imported."), validate(corpus, false));
        }
    }

    @Test
    void workflowCommandValuesAreEscaped() {
        Problem p = new Problem(new Loc("proposals/a,b:c.yaml", 3, 4), "100% wrong\nsecond line");
        assertEquals("::error file=proposals/a%2Cb%3Ac.yaml,line=3,col=4::100%25 wrong%0Asecond line", p.actions());
        assertEquals("proposals/a,b:c.yaml:3:4: 100% wrong\nsecond line", p.toString());
    }

    private static List<String> validate(ScratchCorpus corpus, boolean actions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ValidateCommand.run(corpus.root, actions, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(1, status, "validate exits 1 on problems");
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
    }

    private static ScratchCorpus withFixture() throws IOException {
        ScratchCorpus corpus = ScratchCorpus.copyOfReal();
        Path fixture = Path.of("src/test/resources/curator-fixture");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                corpus.write(fixture.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return corpus;
    }
}
