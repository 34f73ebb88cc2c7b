package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;

/**
 * Checks every evidence quote against the source text it cites and anchors it there: the quote
 * must stand within the cited lines of its source document's text, character for character
 * except that runs of white space (line breaks included) count as one space. Each quote found
 * gets its {@link Anchor}; each one not found is a problem at its evidence entry.
 */
public final class VerbatimCheck {

    /** What the check found: an anchor for every quote, or problems. */
    public record Result(Map<EvidenceEntry, Anchor> anchors, List<Problem> problems) {
    }

    private final Map<String, SourceText> texts;
    private final String sourcesDisplay;

    /**
     * @param texts the corpus's source texts by file name
     * @param sourcesDisplay how the sources folder is named in messages (e.g. {@code proposals/sources/})
     */
    public VerbatimCheck(Map<String, SourceText> texts, String sourcesDisplay) {
        this.texts = texts;
        this.sourcesDisplay = sourcesDisplay;
    }

    public Result check(List<DocumentFile> documents) {
        return check(documents, documents);
    }

    /** Checks the quotes of {@code documents}, finding the documents they cite among {@code lookup}. */
    Result check(List<DocumentFile> documents, List<DocumentFile> lookup) {
        Map<String, DocumentFile> bySlug = new HashMap<>();
        lookup.stream().filter(d -> d.slug() != null).forEach(d -> bySlug.put(d.slug().value(), d));
        Problems problems = new Problems();
        Map<EvidenceEntry, Anchor> anchors = new IdentityHashMap<>();
        for (DocumentFile d : documents) {
            for (PositionEntry p : nullSafe(d.positions())) {
                for (EvidenceEntry e : nullSafe(p.evidence())) {
                    check(e, source(e, d, bySlug), anchors, problems);
                }
            }
            for (SignatureEntry s : nullSafe(d.signatures())) {
                for (EvidenceEntry e : nullSafe(s.evidence())) {
                    check(e, source(e, d, bySlug), anchors, problems);
                }
            }
        }
        return new Result(anchors, problems.sorted());
    }

    private static DocumentFile source(EvidenceEntry e, DocumentFile holder, Map<String, DocumentFile> bySlug) {
        if (e.source() == null && holder.slug() == null) {
            return null;
        }
        return bySlug.get(e.source() == null ? holder.slug().value() : e.source().value());
    }

    /**
     * Checks one quote. In a corpus with other problems some entries are incomplete (no quote, no
     * lines, a source document that does not bind or has no text): those are skipped, as their
     * own problems have been reported.
     */
    private void check(EvidenceEntry e, DocumentFile source, Map<EvidenceEntry, Anchor> anchors, Problems problems) {
        if (e.quote() == null || e.lines() == null || source == null || source.sourceText() == null) {
            return;
        }
        SourceText text = texts.get(source.sourceText().value());
        if (text == null) {
            return; // the missing text is reported once, at the document that names it
        }
        String file = sourcesDisplay + text.name();
        String quote = normalise(e.quote());
        int start = e.lines().start();
        int end = e.lines().end();
        if (end > text.lineCount()) {
            problems.add(e.at(), (start == end ? "line " + start + " is" : "lines " + start + "-" + end + " are")
                    + " beyond the end of " + file + " (" + text.lineCount() + " lines); quote: \""
                    + Problem.abbreviate(quote) + "\"");
            return;
        }
        Anchor anchor = find(text, quote, start, end);
        if (anchor != null) {
            anchors.put(e, anchor);
            return;
        }
        problems.add(e.at(), "quote not found verbatim in " + file + " " + (start == end ? "line " + start : "lines " + start + "-" + end)
                + whereItStands(text, quote) + ": \"" + Problem.abbreviate(quote) + "\"");
    }

    /** The quote's anchor within lines start..end, or null when it is not there. */
    static Anchor find(SourceText text, String quote, int startLine, int endLine) {
        String content = text.content();
        int from = text.lineStart(startLine);
        int to = text.lineEnd(endLine);
        // Normalise the cited lines as the quote was, remembering where each kept char came from.
        StringBuilder normal = new StringBuilder(to - from);
        int[] origin = new int[to - from + 1];
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace && normal.length() > 0) {
                origin[normal.length()] = i - 1;
                normal.append(' ');
            }
            inSpace = false;
            origin[normal.length()] = i;
            normal.append(c);
        }
        if (quote.isEmpty()) {
            return null;
        }
        int at = normal.indexOf(quote);
        if (at < 0) {
            return null;
        }
        int startChar = origin[at];
        int endChar = origin[at + quote.length() - 1] + 1;
        int startCp = text.codePoint(startChar);
        int endCp = startCp + content.codePointCount(startChar, endChar);
        int prefixFrom = content.offsetByCodePoints(startChar, -Math.min(Anchor.CONTEXT, startCp));
        int available = content.codePointCount(endChar, content.length());
        int suffixTo = content.offsetByCodePoints(endChar, Math.min(Anchor.CONTEXT, available));
        return new Anchor(content.substring(startChar, endChar), content.substring(prefixFrom, startChar),
                content.substring(endChar, suffixTo), startCp, endCp);
    }

    /** The tightest range of up to 8 lines that does hold the quote, as a hint for the curator. */
    private static String whereItStands(SourceText text, String quote) {
        for (int size = 1; size <= 8; size++) {
            for (int i = 1; i + size - 1 <= text.lineCount(); i++) {
                if (find(text, quote, i, i + size - 1) != null) {
                    return "; it stands at " + (size == 1 ? "line " + i : "lines " + i + "-" + (i + size - 1));
                }
            }
        }
        return "";
    }

    /** Unicode white space, as {@code (?U)\s} matches it: NBSP and U+3000 too. */
    private static boolean isSpace(char c) {
        return Character.isSpaceChar(c) || (c >= '\t' && c <= '\r') || c == '\u0085';
    }

    /**
     * Runs of Unicode white space (NBSP and U+3000 too: the White_Space property, as {@code (?U)\\s})
     * become one space, and the ends are stripped. A string that needs no change is returned as is.
     */
    public static String normalise(String s) {
        int n = s.length();
        boolean clean = n == 0 || !isSpace(s.charAt(0)) && !isSpace(s.charAt(n - 1));
        for (int i = 0; clean && i < n; i++) {
            char c = s.charAt(i);
            clean = !isSpace(c) || c == ' ' && !isSpace(s.charAt(i + 1)); // a lone space inside
        }
        if (clean) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        boolean pending = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
