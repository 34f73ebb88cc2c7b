package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.concordance.corpus.Format.EvidenceEntry;
import org.junit.jupiter.api.Test;

/**
 * Every import reads the source texts from {@code proposals/sources/} and finds every quote
 * verbatim (white space aside) at its cited lines, anchoring it there; a corpus where one quote
 * cannot be verified is refused with the quote's {@code file:line:column}. Pure Java: this is
 * the reader every path (validate, start-up, watcher, admin import) goes through.
 */
class QuoteCheckTest {

    static final String TEXT = "000_a0276081686ee7c4.txt";

    @Test
    void everyQuoteOfTheRealCorpusIsAnchoredAtItsLocator() throws Exception {
        CorpusReader.Result result = new CorpusReader(ScratchCorpus.REAL).read();
        assertEquals(List.of(), result.problems());
        Corpus corpus = result.corpus();
        assertEquals(5, corpus.texts().size(), "the five source texts are in the repository");
        assertEquals(corpus.evidenceCount(), corpus.anchors().size(), "every quote has an anchor");
        assertTrue(corpus.evidenceCount() > 100, "the check covered " + corpus.evidenceCount() + " quotes");
        for (var d : corpus.documents()) {
            for (var p : Corpus.nullSafe(d.positions())) {
                for (EvidenceEntry e : p.evidence()) {
                    String sourceSlug = e.source() == null ? d.slug().value() : e.source().value();
                    var source = corpus.documents().stream().filter(x -> x.slug().value().equals(sourceSlug)).findFirst().orElseThrow();
                    String content = corpus.texts().get(source.sourceText().value()).content();
                    Anchor a = corpus.anchors().get(e);
                    String exact = content.substring(content.offsetByCodePoints(0, a.start()), content.offsetByCodePoints(0, a.end()));
                    assertEquals(exact, a.exact(), e.at() + ": the offsets select the exact text");
                    assertEquals(VerbatimCheck.normalise(e.quote()), VerbatimCheck.normalise(a.exact()), e.at().toString());
                }
            }
        }
    }

    @Test
    void theSourceTextsAreTheOriginalBytes() throws Exception {
        Path text = ScratchCorpus.REAL.resolve("sources").resolve(TEXT);
        assertEquals("93e2c0676d6c5f1ac9f333724b81ac2149bb4e983bd7270a1d8ff58e35709c22",
                Keys.hash(Files.readAllBytes(text)), "byte-identical to seed 000, so the locators hold");
        assertEquals(121, new CorpusReader(ScratchCorpus.REAL).read().corpus().texts().get(TEXT).lineCount(),
                "120 LFs and a last line without one");
    }

    @Test
    void anAnchorHasTheExactTextContextAndCodePointOffsets() throws Exception {
        SourceText text = new CorpusReader(ScratchCorpus.REAL).read().corpus().texts().get(TEXT);
        String quote = "we call on all AI labs to immediately pause for at least 6 months";
        Anchor a = VerbatimCheck.find(text, quote, 116, 116);
        String content = text.content();
        String asWritten = quote.replace("we call", "we\u00a0call"); // the source has a no-break space there
        int at = content.indexOf(asWritten);
        assertTrue(at > 0);
        assertEquals(content.codePointCount(0, at), a.start());
        assertEquals(a.start() + quote.length(), a.end());
        assertEquals(asWritten, a.exact(), "the exact text keeps the source's own white space");
        assertEquals(32, a.prefix().length());
        assertTrue(content.substring(0, at).endsWith(a.prefix()));
        assertTrue(content.substring(at + quote.length()).startsWith(a.suffix()));
        assertNull(VerbatimCheck.find(text, quote, 115, 115), "not on another line");
    }

    @Test
    void aQuoteAcrossALineBreakKeepsTheSourcesOwnWhiteSpace() {
        Problems problems = new Problems();
        SourceText text = SourceText.decode("t.txt", "t.txt", "first line ends\n  and goes on here\n".getBytes(StandardCharsets.UTF_8),
                null, problems).orElseThrow();
        Anchor a = VerbatimCheck.find(text, "ends and goes", 1, 2);
        assertEquals("ends\n  and goes", a.exact());
        assertEquals(11, a.start());
        assertEquals(26, a.end());
        assertEquals("first line ", a.prefix());
        assertEquals(" on here\n", a.suffix());
        assertEquals(2, text.lineCount(), "a final LF ends the last line");
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        Problems problems = new Problems();
        SourceText text = SourceText.decode("t.txt", "t.txt", "𝒜 暂停 AI\n".getBytes(StandardCharsets.UTF_8), null, problems)
                .orElseThrow();
        Anchor a = VerbatimCheck.find(text, "暂停", 1, 1);
        assertEquals(2, a.start(), "the astral letter before counts once");
        assertEquals(4, a.end());
    }

    @Test
    void anAlteredQuoteAndAMisplacedOneAreRefusedWithTheirPlace() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID
                    .replace("\"we call on all AI labs\"", "\"we call on every AI lab\"")
                    .replace("        lines: 116", "        lines: 116\n  - measure: test-pause\n    actor: andrew-ng\n    stance: supports\n"
                            + "    evidence:\n      - quote: \"we call on all AI labs\"\n        lines: 40"));
            CorpusReader.Result result = new CorpusReader(c.root).read();
            assertFalse(result.ok(), "one unverifiable quote refuses the whole corpus");
            assertEquals(List.of(
                    "proposals/documents/test-doc.yaml:18:9: quote not found verbatim in proposals/sources/" + TEXT
                            + " line 116: \"we call on every AI lab\"",
                    "proposals/documents/test-doc.yaml:24:9: quote not found verbatim in proposals/sources/" + TEXT
                            + " line 40; it stands at line 116: \"we call on all AI labs\""),
                    result.problems().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void aLocatorPastTheEndOfTheText() {
        assertProblems(CorpusRefusalTest.VALID.replace("lines: 116", "lines: 120-122"),
                "proposals/documents/test-doc.yaml:18:9: lines 120-122 are beyond the end of proposals/sources/" + TEXT
                        + " (121 lines); quote: \"we call on all AI labs\"");
    }

    @Test
    void aMissingSourceText() {
        assertProblems(CorpusRefusalTest.VALID.replace("source-text: " + TEXT, "source-text: no-such-text.txt"),
                "proposals/documents/test-doc.yaml:6:14: source text not found: proposals/sources/no-such-text.txt does "
                        + "not exist (or could not be read); put the text there, with its record sources/no-such-text.yaml beside it");
    }

    @Test
    void aSourceTextPathOutsideTheSourcesFolderIsNotAName() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID.replace("source-text: " + TEXT,
                    "source-text: ../../etc/passwd.txt"));
            List<String> problems = new CorpusReader(c.root).read().problems().stream().map(Problem::toString).toList();
            assertTrue(problems.contains("proposals/documents/test-doc.yaml:6:14: '../../etc/passwd.txt' is not a source "
                    + "text name: a file name ending in .txt, in proposals/sources/, without folders"), problems.toString());
        }
    }

    @Test
    void aSourceTextThatIsNotUtf8() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            byte[] latin1 = "Zeile eins\nGr\u00fc\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);
            c.write("sources/latin1.txt", latin1).write("sources/latin1.yaml", "provenance: a test text\n");
            assertEquals(List.of("proposals/sources/latin1.txt:2:3: not valid UTF-8: byte 0xfc at byte offset 13; "
                    + "source texts must be UTF-8"),
                    new CorpusReader(c.root).read().problems().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void aSourceTextWithoutItsRecord() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("sources/bare.txt", "some text\n");
            assertEquals(List.of("proposals/sources/bare.txt:1:1: a source text needs its record beside it: add "
                    + "sources/bare.yaml saying where the text comes from (provenance, origin, retrieved)"),
                    new CorpusReader(c.root).read().problems().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void aTextNoDocumentNamesIsAProblem() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("sources/orphan.txt", "some text\n").write("sources/orphan.yaml", "provenance: a test text\n");
            assertEquals(List.of("proposals/sources/orphan.txt:1:1: no document names this text: give its document "
                    + "'source-text: orphan.txt' (a misspelt name there reads as another file)"),
                    new CorpusReader(c.root).read().problems().stream().map(Problem::toString).toList());
        }
    }

    /** The watcher compares hash() with the hash of the last import: for an unchanged corpus they must agree. */
    @Test
    void theWatchersHashEqualsTheImportsHashWhateverTheFileNames() {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("sources/r.txt", "first\n").write("sources/r.yaml", "provenance: test\n")
                    .write("sources/r.v2.txt", "second\n").write("sources/r.v2.yaml", "provenance: test\n")
                    .write("documents/test-doc.yaml", CorpusRefusalTest.VALID.replace("- quote: \"we call on all AI labs\"\n        lines: 116",
                            "- quote: \"first\"\n        lines: 1"). replace("000_a0276081686ee7c4.txt", "r.txt"))
                    .write("documents/test-doc-two.yaml", CorpusRefusalTest.VALID.replace("test-doc", "test-doc-two")
                            .replace("test-pause", "test-pause-two").replace("- quote: \"we call on all AI labs\"\n        lines: 116",
                            "- quote: \"second\"\n        lines: 1").replace("000_a0276081686ee7c4.txt", "r.v2.txt"));
            CorpusReader reader = new CorpusReader(c.root);
            CorpusReader.Result result = reader.read();
            assertEquals(List.of(), result.problems());
            assertEquals(result.corpus().hash(), reader.hash());
        }
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            // a refused read must also agree with hash(), or the watcher re-imports at every step
            c.write("sources/lonely.yaml", "provenance: a record without its text\n").write("sources/Bad Name.txt", "x\n");
            CorpusReader reader = new CorpusReader(c.root);
            assertEquals(reader.read().hash(), reader.hash());
        }
        CorpusReader real = new CorpusReader(ScratchCorpus.REAL);
        assertEquals(real.read().corpus().hash(), real.hash());
    }

    private static void assertProblems(String document, String... expected) {
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", document);
            assertEquals(List.of(expected), new CorpusReader(c.root).read().problems().stream().map(Problem::toString).toList());
        }
    }
}
