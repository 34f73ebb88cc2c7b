package org.concordance.site;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cuts a source text into numbered lines of segments, marking every span a quote is anchored
 * on, so the text page highlights the quoted text itself, not only its line. Spans may overlap;
 * each quote's anchor ({@code evidence-<id>}) sits where its span starts.
 */
public final class TextMarks {

    /** A quoted span in code points, end exclusive. */
    public record Span(String id, int start, int end) {
    }

    public record Segment(String text, boolean marked, List<String> anchors) {
    }

    public record Line(int number, List<Segment> segments) {
    }

    private TextMarks() {
    }

    /** Lines as {@code corpus.SourceText} counts them: LF-separated, a final LF ends the last line. */
    public static List<Line> lines(String content, List<Span> spans) {
        TreeMap<Integer, List<String>> starts = new TreeMap<>();
        TreeMap<Integer, Integer> delta = new TreeMap<>();
        for (Span s : spans) {
            int from = charIndex(content, s.start());
            int to = charIndex(content, s.end());
            if (from < 0 || to < 0 || to <= from) {
                continue; // an anchor that does not fit this text is not drawn
            }
            starts.computeIfAbsent(from, k -> new ArrayList<>()).add(s.id());
            delta.merge(from, 1, Integer::sum);
            delta.merge(to, -1, Integer::sum);
        }
        List<Line> lines = new ArrayList<>();
        int depth = 0;
        int lineStart = 0;
        int number = 1;
        TreeMap<Integer, Integer> deltas = delta;
        while (lineStart < content.length()) {
            int lf = content.indexOf('\n', lineStart);
            int lineEnd = lf < 0 ? content.length() : lf;
            TreeSet<Integer> cuts = new TreeSet<>();
            cuts.add(lineStart);
            cuts.add(lineEnd);
            cuts.addAll(deltas.subMap(lineStart, true, lineEnd, false).keySet());
            cuts.addAll(starts.subMap(lineStart, true, lineEnd, false).keySet());
            List<Segment> segments = new ArrayList<>();
            Integer previous = null;
            for (int cut : cuts) {
                if (previous != null && cut > previous) {
                    segments.add(new Segment(content.substring(previous, cut), depth > 0,
                            starts.getOrDefault(previous, List.of())));
                }
                depth += deltas.getOrDefault(cut, 0);
                deltas.remove(cut);
                previous = cut;
            }
            if (segments.isEmpty()) {
                segments.add(new Segment("", false, starts.getOrDefault(lineStart, List.of())));
            }
            lines.add(new Line(number++, segments));
            if (lf < 0) {
                break;
            }
            // the LF itself may close or open spans
            depth += deltas.getOrDefault(lf, 0);
            deltas.remove(lf);
            lineStart = lf + 1;
        }
        return lines;
    }

    private static int charIndex(String content, int codePoints) {
        try {
            return content.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
