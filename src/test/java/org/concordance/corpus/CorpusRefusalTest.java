package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One test per kind of bad input the loader must refuse. Each breaks a copy of the real
 * corpus, imports it through the service, and checks the exact {@code file:line:column:
 * message} and that the database is exactly as it was.
 */
@QuarkusTest
class CorpusRefusalTest {

    static final String DOC = "documents/test-doc.yaml";
    static final String FILE = "proposals/" + DOC;

    /** A valid document; its line numbers are relied on below. */
    static final String VALID = """
            slug: test-doc
            kind: statement
            language: en
            title:
              en: A test statement
            source-text: 000_a0276081686ee7c4.txt
            measures:
              - slug: test-pause
                type: moratorium
                name:
                  en: A test pause
                parameters:
                  duration-months: 6
            positions:
              - measure: test-pause
                stance: proposes
                evidence:
                  - quote: "we call on all AI labs"
                    lines: 116
            """;

    @Inject
    CorpusService service;

    @Inject
    DatabaseFingerprint fingerprint;

    String before;

    @BeforeEach
    void snapshot() {
        before = fingerprint.take();
        assertTrue(fingerprint.count("measure") > 0, "the real corpus is loaded before each test");
    }

    @Test
    void theTemplateItselfIsValid() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal().write(DOC, VALID)) {
            CorpusReader.Result result = new CorpusReader(c.root).read();
            assertEquals(List.of(), result.problems());
        }
    }

    @Test
    void yamlSyntaxError() {
        assertRefused(VALID.replace("  en: A test statement", "  en: [unclosed"),
                FILE + ":6:12: YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence that starts at line 5, column 7)");
    }

    @Test
    void duplicateKey() {
        assertRefused(VALID.replace("language: en\n", "language: en\nkind: report\n"),
                FILE + ":4:1: duplicate key 'kind' (first given at line 2)");
    }

    @Test
    void unknownKey() {
        assertRefused(VALID.replace("stance: proposes", "stance: proposes\n    stnce: supports"),
                FILE + ":17:5: unknown key 'stnce' (did you mean 'stance'?); allowed here: measure, actor, stance, basis, via, reported-by, note, curator-note, evidence");
    }

    @Test
    void missingRequiredField() {
        assertRefused(VALID.replace("kind: statement\n", ""),
                FILE + ":1:1: missing required key 'kind'");
    }

    @Test
    void unknownMeasureType() {
        assertRefused(VALID.replace("type: moratorium", "type: moratorium-lite"),
                FILE + ":9:11: unknown measure type 'moratorium-lite'; allowed: moratorium, compute-tracking, watermarking, "
                        + "third-party-audit, licensing, shutdown-red-lines, compute-cap, liability, safety-research-funding, "
                        + "regulator, incident-reporting, risk-disclosure, transparency, international-coordination, "
                        + "safety-standards, research-priorities, societal-resilience, model-evaluation, legislation");
    }

    @Test
    void unknownStance() {
        assertRefused(VALID.replace("stance: proposes", "stance: endorses"),
                FILE + ":16:13: unknown stance 'endorses'; allowed: proposes, supports, conditional, discusses, opposes, "
                        + "insufficient, too-far, no-position");
    }

    @Test
    void wrongParameterType() {
        assertRefused(VALID.replace("duration-months: 6", "duration-months: six"),
                FILE + ":13:24: expected a whole number, found 'six'");
    }

    @Test
    void parameterOfAnotherType() {
        assertRefused(VALID.replace("duration-months: 6", "auditor: independent experts"),
                FILE + ":13:7: unknown key 'auditor'; allowed here: duration-months, minimum-duration, indefinite, "
                        + "paused-activity, capability-threshold, applies-to, scope, includes-governments-and-militaries, "
                        + "verification, fallback-enforcement");
    }

    @Test
    void badDate() {
        assertRefused(VALID.replace("source-text:", "published: 2023-02-30\nsource-text:"),
                FILE + ":6:12: invalid date '2023-02-30': expected an existing date written YYYY-MM-DD");
    }

    @Test
    void brokenReferenceBetweenFiles() {
        assertRefused(VALID.replace("  - measure: test-pause", "  - measure: no-such-measure\n    actor: nobody"),
                FILE + ":15:14: unknown measure 'no-such-measure': no measure with this slug in the corpus",
                FILE + ":16:12: unknown actor 'nobody': no actor with this slug in the corpus");
    }

    @Test
    void duplicateSlugAcrossFiles() {
        assertRefused(VALID.replace("slug: test-pause", "slug: fli-six-month-pause")
                .replace("measure: test-pause", "measure: fli-six-month-pause"),
                FILE + ":8:11: duplicate measure slug 'fli-six-month-pause' (already defined at proposals/documents/fli-pause-letter.yaml:");
    }

    @Test
    void unsafeSlug() {
        assertRefused(VALID.replace("slug: test-pause", "slug: ../Test_Pause").replace("measure: test-pause", "measure: x"),
                FILE + ":8:11: unsafe slug '../Test_Pause': use 1-80 characters a-z, 0-9 and '-', not starting or ending with '-'",
                FILE + ":15:14: unknown measure 'x': no measure with this slug in the corpus");
    }

    @Test
    void fileNameMustBeTheSlug() {
        assertRefused(VALID.replace("slug: test-doc", "slug: another-doc"),
                FILE + ":1:7: the file name must be the slug: rename the file to another-doc.yaml or change the slug");
    }

    @Test
    void chineseQuoteNeedsATranslation() {
        assertRefused(VALID.replace("lines: 116", "lines: 116\n        language: zh"),
                FILE + ":18:9: translation is required: the quote is in 'zh'; give an English rendering");
    }

    @Test
    void invalidUtf8() {
        byte[] good = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        int at = VALID.indexOf("A test statement") + 2; // line 5, column 9: "  en: A " precedes it
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28; // 0xC3 must be followed by a continuation byte
        System.arraycopy(good, at, bad, at + 2, good.length - at);
        assertRefused(bad, FILE + ":5:9: invalid UTF-8: byte 0xC3 at offset " + at + "; save the file as UTF-8");
    }

    @Test
    void oversizedFile() {
        String padding = "# " + "x".repeat(YamlFile.MAX_BYTES) + "\n";
        assertRefused(padding + VALID, FILE + ":1:1: file is " + (padding + VALID).getBytes(StandardCharsets.UTF_8).length
                + " bytes; the limit is 1048576 bytes (1 MiB): split the document or shorten its quotes");
    }

    @Test
    void aliasBomb() {
        String bomb = VALID + """
                summary:
                  en: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                  zh: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                """;
        assertRefused(bomb, FILE + ":21:7: anchors (&a) are not allowed in corpus files",
                FILE + ":22:7: anchors (&b) are not allowed in corpus files",
                FILE + ":22:11: aliases (*a) are not allowed in corpus files: write the value out");
    }

    @Test
    void maliciouslyDeepNesting() {
        String deep = VALID + "summary:\n  en: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertRefused(deep, FILE + ":21:25: nesting deeper than 20 levels"); // the 19th '[': two mappings enclose it
    }

    @Test
    void customTagsAreRefused() {
        assertRefused(VALID.replace("en: A test statement", "en: !include secrets.yaml"),
                FILE + ":5:7: custom tag !include is not allowed");
        assertRefused(VALID.replace("en: A test statement", "en: !!javax.script.ScriptEngineManager [x]"),
                FILE + ":5:7: custom tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not allowed");
    }

    @Test
    void aFileThatCannotBeParsedIsOneProblemNotACascade() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("actors/elon-musk.yaml", c.read("actors/elon-musk.yaml") + "aliases: [unclosed\n");
            CorpusService.Outcome outcome = service.importFrom(c.root);
            assertEquals(1, outcome.problems().size(), outcome.problems().toString());
            assertTrue(outcome.problems().get(0).toString().startsWith("proposals/actors/elon-musk.yaml:"),
                    outcome.problems().toString());
        }
        assertEquals(before, fingerprint.take());
    }

    @Test
    void everyProblemInOneRun() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write(DOC, VALID.replace("kind: statement", "kind: manifesto")
                    .replace("duration-months: 6", "duration-months: 6.5")
                    .replace("lines: 116", "lines: 12-3"));
            c.write("actors/bad-actor.yaml", "slug: bad-actor\nkind: robot\nname:\n  zh: 坏\n");
            CorpusService.Outcome outcome = service.importFrom(c.root);
            assertFalse(outcome.ok());
            assertEquals(List.of(
                    "proposals/actors/bad-actor.yaml:2:7: unknown actor kind 'robot'; allowed: person, organisation",
                    "proposals/actors/bad-actor.yaml:4:3: missing required key 'en'",
                    FILE + ":2:7: unknown document kind 'manifesto'; allowed: open-letter, statement, joint-statement, "
                            + "interview, report, news-article, op-ed, blog-post, social-post, translation",
                    FILE + ":13:24: expected a whole number, found '6.5'",
                    FILE + ":19:16: invalid line range '12-3': lines start at 1 and the range must not run backwards"),
                    outcome.problems().stream().map(Problem::toString).toList());
        }
        assertEquals(before, fingerprint.take());
    }

    /**
     * A quote that cannot be verified refuses the corpus on the start-up import and on the folder
     * watcher's path alike, with the exact message, and the database stays as it was.
     */
    @Test
    void unverifiableQuotesAreRefusedByTheStartUpImportAndByTheWatcher() {
        String text = "proposals/sources/000_a0276081686ee7c4.txt";
        refusedOnBothPaths(c -> c.write(DOC, VALID.replace("\"we call on all AI labs\"", "\"we call on every AI lab\"")),
                FILE + ":18:9: quote not found verbatim in " + text + " line 116: \"we call on every AI lab\"");
        refusedOnBothPaths(c -> c.write(DOC, VALID.replace("lines: 116", "lines: 130")),
                FILE + ":18:9: line 130 is beyond the end of " + text + " (121 lines); quote: \"we call on all AI labs\"");
        refusedOnBothPaths(c -> c.write(DOC, VALID.replace("000_a0276081686ee7c4.txt", "missing.txt")),
                FILE + ":6:14: source text not found: proposals/sources/missing.txt does not exist (or could not be read); "
                        + "put the text there, with its record sources/missing.yaml beside it");
        refusedOnBothPaths(c -> c.write(DOC, VALID.replace("000_a0276081686ee7c4.txt", "broken.txt"))
                .write("sources/broken.txt", new byte[] { 'o', 'k', '\n', (byte) 0xff, 'x' })
                .write("sources/broken.yaml", "provenance: test\n"),
                "proposals/sources/broken.txt:2:1: not valid UTF-8: byte 0xff at byte offset 3; source texts must be UTF-8");
    }

    private void refusedOnBothPaths(java.util.function.Consumer<ScratchCorpus> breakIt, String expected) {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            breakIt.accept(c);
            CorpusService.Outcome watched = service.importIfChanged(c.root);
            assertTrue(watched != null && !watched.ok(), "the watcher saw the change and refused it");
            assertEquals(List.of(expected), watched.problems().stream().map(Problem::toString).toList());
            assertEquals(before, fingerprint.take(), "the watcher's refusal leaves the database as it was");
            CorpusService.Outcome started = service.importFrom(c.root);
            assertFalse(started.ok());
            assertEquals(List.of(expected), started.problems().stream().map(Problem::toString).toList());
            assertEquals(before, fingerprint.take(), "the start-up import's refusal leaves the database as it was");
        }
    }

    private void assertRefused(String document, String... expected) {
        assertRefused(document.getBytes(StandardCharsets.UTF_8), expected);
    }

    private void assertRefused(byte[] document, String... expected) {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal().write(DOC, document)) {
            CorpusService.Outcome outcome = service.importFrom(c.root);
            assertFalse(outcome.ok(), "the import must be refused");
            List<String> problems = outcome.problems().stream().map(Problem::toString).toList();
            for (String e : expected) {
                assertTrue(problems.stream().anyMatch(p -> p.equals(e) || (e.endsWith(":") && p.startsWith(e))),
                        "expected problem\n  " + e + "\nin\n  " + String.join("\n  ", problems));
            }
            assertEquals(expected.length, problems.size(), "exactly the expected problems: " + problems);
        }
        assertEquals(before, fingerprint.take(), "a refused import leaves the database exactly as it was");
    }
}
