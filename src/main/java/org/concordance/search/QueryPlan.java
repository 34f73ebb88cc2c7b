package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A user query broken into required groups. The query text is only ever run through analyzers, never
 * through a query parser, so Lucene syntax ("title:x", "a AND", "*", quotes, ...) is plain text.
 *
 * <ul>
 * <li>{@link Kind#TERM}: an English word or number (lower-cased, stemmed);</li>
 * <li>{@link Kind#PHRASE}: a run of 2+ adjacent CJK characters, as its CJK bigrams (a phrase query);</li>
 * <li>{@link Kind#CHAR}: a lone CJK character (unigram field).</li>
 * </ul>
 * Every group must match (AND). {@link #smartTerms} are the SmartChinese tokens of the query (ranking only).
 */
record QueryPlan(List<Group> groups, Set<String> smartTerms) {

    enum Kind { TERM, PHRASE, CHAR }

    /**
     * @param terms   index terms: one term, the bigrams of a phrase, or one character
     * @param literal for PHRASE and CHAR the CJK characters as typed (found literally in the text for
     *                the snippet); for TERM the stemmed term
     */
    record Group(Kind kind, List<String> terms, String literal) {
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    static QueryPlan parse(String query) {
        Map<String, Group> groups = new LinkedHashMap<>();
        try (TokenStream ts = Analyzers.BIGRAM.tokenStream("q", query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> run = new ArrayList<>();
            int runStart = -1;
            int runEnd = -1;
            while (ts.incrementToken()) {
                String t = term.toString();
                String ty = type.type();
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (CJKBigramFilter.DOUBLE_TYPE.equals(ty)) {
                    if (!run.isEmpty() && start < runEnd) { // overlapping bigram: same run of characters
                        run.add(t);
                        runEnd = end;
                        continue;
                    }
                    addRun(groups, run, query, runStart, runEnd);
                    run = new ArrayList<>();
                    run.add(t);
                    runStart = start;
                    runEnd = end;
                    continue;
                }
                addRun(groups, run, query, runStart, runEnd);
                run = new ArrayList<>();
                if (CJKBigramFilter.SINGLE_TYPE.equals(ty) || Analyzers.isCjkType(ty)) {
                    if (!Analyzers.CHINESE_STOP_CHARS.contains(t)) {
                        groups.putIfAbsent("c:" + t, new Group(Kind.CHAR, List.of(t), query.substring(start, end)));
                    }
                } else if (!t.isEmpty()) {
                    groups.putIfAbsent("t:" + t, new Group(Kind.TERM, List.of(t), t));
                }
            }
            addRun(groups, run, query, runStart, runEnd);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> smart = new LinkedHashSet<>();
        if (!groups.isEmpty() && hasHan(query)) { // only entries with Chinese carry SmartChinese fields
            analyze(Analyzers.SMART, query, smart);
        }
        return new QueryPlan(List.copyOf(groups.values()), smart);
    }

    /** Whether the text has a Han character (the script SmartChinese segments). */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void addRun(Map<String, Group> groups, List<String> run, String query, int start, int end) {
        if (run.isEmpty()) {
            return;
        }
        String literal = query.substring(start, end);
        groups.putIfAbsent("p:" + String.join(" ", run), new Group(Kind.PHRASE, List.copyOf(run), literal));
    }

    static void analyze(Analyzer analyzer, String text, Set<String> into) {
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) {
                    into.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
