package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Plain-text snippets: a window of the text around the first match, matches wrapped in «».
 * CJK groups are found literally (the index matches any run of adjacent CJK characters, which is exactly
 * a literal substring); English terms by re-analysing the text with the same stemming chain as the index.
 */
final class Snippets {

    static final int WINDOW = 160;
    /** Characters of context kept before the first match. */
    static final int LEAD = 40;
    static final String OPEN = "«";
    static final String CLOSE = "»";
    static final String CUT = "…";

    private Snippets() {
    }

    static String snippet(String text, QueryPlan plan) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return render(text, matches(text, plan));
    }

    /** Sorted, merged [start, end) ranges of the matches of the plan's groups in the text. */
    static List<int[]> matches(String text, QueryPlan plan) {
        List<int[]> ranges = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (QueryPlan.Group g : plan.groups()) {
            if (g.kind() == QueryPlan.Kind.TERM) {
                terms.add(g.literal());
            } else {
                String lit = g.literal();
                for (int i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) {
                    ranges.add(new int[] {i, i + lit.length()});
                }
            }
        }
        if (!terms.isEmpty()) {
            try (TokenStream ts = Analyzers.WORDS.tokenStream("t", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (terms.contains(term.toString())) {
                        ranges.add(new int[] {offset.startOffset(), offset.endOffset()});
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    static String render(String text, List<int[]> ranges) {
        int len = text.length();
        int start;
        int end;
        if (ranges.isEmpty()) {
            start = 0;
            end = Math.min(len, WINDOW);
            end = backToWordEnd(text, end, 0);
        } else {
            int[] first = ranges.get(0);
            start = Math.max(0, first[0] - LEAD);
            end = Math.min(len, start + WINDOW);
            if (end - start < WINDOW) {
                start = Math.max(0, end - WINDOW);
            }
            end = Math.max(end, first[1]);
            start = forwardToWordStart(text, start, first[0]);
            end = backToWordEnd(text, end, first[1]);
        }
        StringBuilder sb = new StringBuilder(end - start + 16);
        if (start > 0) {
            sb.append(CUT);
        }
        int pos = start;
        for (int[] r : ranges) {
            int s = Math.max(r[0], start);
            int e = Math.min(r[1], end);
            if (s >= e || s < pos) {
                continue;
            }
            clean(text, pos, s, sb);
            sb.append(OPEN);
            clean(text, s, e, sb);
            sb.append(CLOSE);
            pos = e;
        }
        clean(text, pos, end, sb);
        if (end < len) {
            sb.append(CUT);
        }
        return sb.toString().strip();
    }

    /** Moves start forward so that it does not cut an English word (never past limit), then skips spaces. */
    private static int forwardToWordStart(String text, int start, int limit) {
        if (start <= 0) {
            return 0;
        }
        int s = start;
        if (Character.isLowSurrogate(text.charAt(s))) {
            s++;
        }
        if (isWordChar(text.charAt(s - 1)) && isWordChar(text.charAt(s))) {
            int t = s;
            while (t < limit && isWordChar(text.charAt(t))) {
                t++;
            }
            s = t;
        }
        while (s < limit && (Character.isWhitespace(text.charAt(s)) || isTrailingPunctuation(text.charAt(s)))) {
            s++;
        }
        return s;
    }

    /** Moves end back so that it does not cut an English word (never before limit), then drops spaces. */
    private static int backToWordEnd(String text, int end, int limit) {
        int len = text.length();
        if (end >= len) {
            return len;
        }
        int e = end;
        if (e > limit && Character.isLowSurrogate(text.charAt(e))) {
            e--;
        }
        if (e > 0 && isWordChar(text.charAt(e - 1)) && isWordChar(text.charAt(e))) {
            int t = e;
            while (t > limit && isWordChar(text.charAt(t - 1))) {
                t--;
            }
            if (t > 0 && t >= limit) {
                e = t;
            }
        }
        while (e > limit && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Punctuation that ends a clause (,.;:!? and their CJK forms) and should not start a snippet. */
    private static boolean isTrailingPunctuation(char c) {
        int type = Character.getType(c);
        return (type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION)
                && c != '"' && c != '\'' && c != '#' && c != '@' && c != '&' && c != '*';
    }

    /** A letter or digit of a space-separated script (not an ideograph, where any cut is fine). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c) && c < 0x2E80;
    }

    /** Appends text[from, to) with whitespace runs collapsed and literal «» replaced by ‹›. */
    private static void clean(String text, int from, int to, StringBuilder sb) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                space = false;
            }
            sb.append(c == '«' ? '‹' : c == '»' ? '›' : c);
        }
        if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
    }
}
