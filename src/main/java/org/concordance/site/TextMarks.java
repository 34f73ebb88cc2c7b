package org.concordance.site;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concordance.document.DocumentQueries.QuoteSpan;

/**
 * Cuts a source text into numbered lines of segments, marking every span a quote is anchored
 * on, so the text page highlights the quoted text itself, not only its line. Spans may overlap;
 * each quote's anchor ({@code evidence-<id>}) sits where its span starts (quotes that start
 * together nest their anchors, so the CSS {@code :target} rule finds the mark that follows).
 */
public final class TextMarks {

    /** A run of text, the quotes covering it ({@code quotes}) and the quotes that start at it ({@code anchors}). */
    public record Segment(String text, List<String> quotes, List<String> anchors) {

        public boolean marked() {
            return !quotes.isEmpty();
        }

        /** The covering quotes' ids, space-separated, for {@code data-quotes}. */
        public String quoteIds() {
            return String.join(" ", quotes);
        }
    }

    public record Line(int number, List<Segment> segments) {
    }

    private TextMarks() {
    }

    /** Lines as {@code corpus.SourceText} counts them: LF-separated, a final LF ends the last line. */
    public static List<Line> lines(String content, List<QuoteSpan> spans) {
        TreeMap<Integer, List<String>> starts = new TreeMap<>();
        TreeMap<Integer, List<String>> ends = new TreeMap<>();
        for (QuoteSpan s : spans) {
            int from = charIndex(content, s.start());
            int to = charIndex(content, s.end());
            if (from < 0 || to < 0 || to <= from) {
                continue; // an anchor that does not fit this text is not drawn
            }
            starts.computeIfAbsent(from, k -> new ArrayList<>()).add(s.evidence());
            ends.computeIfAbsent(to, k -> new ArrayList<>()).add(s.evidence());
        }
        List<Line> lines = new ArrayList<>();
        java.util.LinkedHashSet<String> active = new java.util.LinkedHashSet<>();
        int lineStart = 0;
        int number = 1;
        while (lineStart < content.length()) {
            int lf = content.indexOf('\n', lineStart);
            int lineEnd = lf < 0 ? content.length() : lf;
            TreeSet<Integer> cuts = new TreeSet<>();
            cuts.add(lineStart);
            cuts.add(lineEnd);
            cuts.addAll(ends.subMap(lineStart, true, lineEnd, false).keySet());
            cuts.addAll(starts.subMap(lineStart, true, lineEnd, false).keySet());
            List<Segment> segments = new ArrayList<>();
            Integer previous = null;
            for (int cut : cuts) {
                if (previous != null && cut > previous) {
                    segments.add(new Segment(content.substring(previous, cut), List.copyOf(active),
                            starts.getOrDefault(previous, List.of())));
                }
                step(active, cut, starts, ends);
                previous = cut;
            }
            if (segments.isEmpty()) {
                segments.add(new Segment("", List.of(), starts.getOrDefault(lineStart, List.of())));
            }
            lines.add(new Line(number++, segments));
            if (lf < 0) {
                break;
            }
            // the LF itself may close or open spans
            step(active, lf, starts, ends);
            lineStart = lf + 1;
        }
        return lines;
    }

    /** At a position, quotes ending there stop covering and quotes starting there begin (once per position). */
    private static void step(java.util.Set<String> active, int at, TreeMap<Integer, List<String>> starts,
            TreeMap<Integer, List<String>> ends) {
        List<String> ending = ends.remove(at);
        if (ending != null) {
            active.removeAll(ending);
        }
        List<String> starting = starts.get(at);
        if (starting != null && !starting.isEmpty() && !active.containsAll(starting)) {
            active.addAll(starting);
        }
    }

    private static int charIndex(String content, int codePoints) {
        try {
            return content.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
