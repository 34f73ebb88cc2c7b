package org.concordance.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Server-side SVG, no script and nothing fetched: the matrix heat map, for/against bars per
 * measure type, and a timeline of documents. Every chart has a title and description, and text
 * in each mark, so colour is never the only signal; pages add a table beside each.
 */
public final class Charts {

    public record HeatRow(String label, String href, List<String> stances, List<Integer> evidence) {
    }

    public record Bar(String label, String href, long forCount, long againstCount) {
    }

    public record Mark(String label, String href, LocalDate date) {
    }

    /** One period of a cumulative chart: its label, where it starts on the time axis, and the running totals at its end. */
    public record Step(String label, double at, long forTotal, long againstTotal) {
    }

    private Charts() {
    }

    /**
     * Support and opposition over time: two step lines of running totals (for solid, against
     * dashed, their colours the style sheet's {@code series-for} and {@code series-against}, from
     * the stance colours), a marker per period with its numbers on hover, and each line's last
     * total written at its end, so neither colour nor shape is the only signal. The time axis is to
     * scale ({@code at}: months or years); pages add the table of the same numbers.
     */
    public static String cumulative(String title, String desc, String forLabel, String againstLabel, List<Step> steps) {
        int left = 44;
        int plotW = 470;
        int top = 34;
        int plotH = 170;
        int width = left + plotW + 120;
        int height = top + plotH + 46;
        StringBuilder b = open(width, height, title, desc, "overtime");
        long max = Math.max(1, steps.stream().mapToLong(x -> Math.max(x.forTotal(), x.againstTotal())).max().orElse(1));
        b.append(String.format("<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" class=\"series-for\"/>"
                + "<text x=\"%d\" y=\"18\" font-size=\"12\">%s</text>", left, left + 24, left + 30, esc(forLabel)));
        b.append(String.format("<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" class=\"series-against\"/>"
                + "<text x=\"%d\" y=\"18\" font-size=\"12\">%s</text>", left + 170, left + 194, left + 200, esc(againstLabel)));
        int bottom = top + plotH;
        b.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", left, bottom, left + plotW, bottom));
        b.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", left, top, left, bottom));
        b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>", left - 4, bottom + 4));
        b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%d</text>", left - 4, top + 4, max));
        if (steps.isEmpty()) {
            return b.append("</svg>").toString();
        }
        double first = steps.get(0).at();
        double span = steps.get(steps.size() - 1).at() - first;
        int[] xs = new int[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            xs[i] = span <= 0 ? left + plotW / 2 : left + (int) Math.round(plotW * (steps.get(i).at() - first) / span);
        }
        for (int series = 0; series < 2; series++) {
            boolean isFor = series == 0;
            StringBuilder d = new StringBuilder(String.format("M%d %d", xs[0], bottom));
            for (int i = 0; i < steps.size(); i++) {
                d.append(String.format(" H%d V%d", xs[i], y(total(steps.get(i), isFor), max, top, plotH)));
            }
            d.append(String.format(" H%d", left + plotW));
            b.append(String.format("<path d=\"%s\" class=\"%s\"/>", d, isFor ? "series-for" : "series-against"));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            int yf = y(st.forTotal(), max, top, plotH);
            int ya = y(st.againstTotal(), max, top, plotH);
            b.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"4\" class=\"dot-for\"><title>%s: %s %d</title></circle>", xs[i], yf,
                    esc(st.label()), esc(forLabel), st.forTotal()));
            b.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"7\" height=\"7\" class=\"dot-against\"><title>%s: %s %d</title></rect>",
                    xs[i] - 3, ya - 3, esc(st.label()), esc(againstLabel), st.againstTotal()));
            boolean labelled = steps.size() <= 12 || i == 0 || i == steps.size() - 1;
            if (labelled) {
                b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", xs[i],
                        bottom + 14 + (i % 2) * 12, esc(st.label())));
            }
        }
        Step last = steps.get(steps.size() - 1);
        int yf = y(last.forTotal(), max, top, plotH);
        int ya = y(last.againstTotal(), max, top, plotH);
        if (Math.abs(yf - ya) < 13) { // keep the two end labels apart
            if (yf <= ya) {
                ya = yf + 13;
            } else {
                yf = ya + 13;
            }
        }
        b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s %d</text>", left + plotW + 6, yf + 4, esc(forLabel),
                last.forTotal()));
        b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s %d</text>", left + plotW + 6, ya + 4,
                esc(againstLabel), last.againstTotal()));
        return b.append("</svg>").toString();
    }

    private static long total(Step s, boolean isFor) {
        return isFor ? s.forTotal() : s.againstTotal();
    }

    private static int y(long value, long max, int top, int plotH) {
        return top + plotH - (int) Math.round((double) plotH * value / max);
    }

    /**
     * Documents by measure types: per cell the stance's colour (the style sheet's, by the classes
     * {@code cell-<stance>} and {@code mark-<stance>}: the colours are declared there only), its
     * letter and, on hover, its label, both in the page's language.
     */
    public static String heatMap(String title, String desc, List<String> columns, List<HeatRow> rows,
            java.util.function.Function<String, String> letter, java.util.function.Function<String, String> label) {
        int labelW = 230;
        int cell = 34;
        int headerH = 150;
        int width = labelW + columns.size() * cell + 10;
        int height = headerH + rows.size() * cell + 10;
        StringBuilder b = open(width, height, title, desc, "heatmap");
        for (int c = 0; c < columns.size(); c++) {
            int x = labelW + c * cell + cell / 2;
            b.append(String.format("<text x=\"%d\" y=\"%d\" transform=\"rotate(-55 %d %d)\" font-size=\"12\">%s</text>",
                    x, headerH - 6, x, headerH - 6, esc(columns.get(c))));
        }
        for (int r = 0; r < rows.size(); r++) {
            HeatRow row = rows.get(r);
            int y = headerH + r * cell;
            b.append(String.format("<a href=\"%s\"><text x=\"4\" y=\"%d\" font-size=\"12\">%s</text></a>", esc(row.href()),
                    y + cell / 2 + 4, esc(shorten(row.label(), 34))));
            for (int c = 0; c < row.stances().size(); c++) {
                String stance = row.stances().get(c);
                int x = labelW + c * cell;
                b.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"cell-%s\" stroke=\"#9e9e9e\">"
                        + "<title>%s: %s</title></rect>", x, y, cell - 2, cell - 2, stance == null ? "none" : stance,
                        esc(row.label() + " / " + columns.get(c)),
                        esc(stance == null ? "-" : label.apply(stance) + " (" + row.evidence().get(c) + ")")));
                if (stance != null) {
                    b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\" class=\"mark-%s\">%s</text>",
                            x + cell / 2 - 1, y + cell / 2 + 4, stance, esc(letter.apply(stance))));
                }
            }
        }
        return b.append("</svg>").toString();
    }

    public static String bars(String title, String desc, String forLabel, String againstLabel, List<Bar> bars) {
        int labelW = 220;
        int barMax = 300;
        int rowH = 30;
        long max = Math.max(1, bars.stream().mapToLong(x -> Math.max(x.forCount(), x.againstCount())).max().orElse(1));
        StringBuilder b = open(labelW + barMax + 80, bars.size() * rowH + 30, title, desc, "bars");
        b.append(String.format("<text x=\"%d\" y=\"14\" font-size=\"12\">■ %s  ▨ %s</text>", labelW, esc(forLabel), esc(againstLabel)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 24 + i * rowH;
            int wf = (int) (barMax * bar.forCount() / max);
            int wa = (int) (barMax * bar.againstCount() / max);
            b.append(String.format("<a href=\"%s\"><text x=\"4\" y=\"%d\" font-size=\"12\">%s</text></a>", esc(bar.href()), y + 14,
                    esc(shorten(bar.label(), 30))));
            b.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"11\" fill=\"#2e7d32\"><title>%s: %d</title></rect>",
                    labelW, y + 2, wf, esc(forLabel), bar.forCount()));
            b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%d</text>", labelW + wf + 4, y + 12, bar.forCount()));
            b.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"11\" fill=\"#c62828\" fill-opacity=\"0.8\" "
                    + "stroke=\"#000\" stroke-dasharray=\"2 2\"><title>%s: %d</title></rect>", labelW, y + 15, wa, esc(againstLabel),
                    bar.againstCount()));
            b.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%d</text>", labelW + wa + 4, y + 25, bar.againstCount()));
        }
        return b.append("</svg>").toString();
    }

    public static String timeline(String title, String desc, List<Mark> marks) {
        List<Mark> dated = marks.stream().filter(m -> m.date() != null).sorted(java.util.Comparator.comparing(Mark::date)).toList();
        int width = 640;
        int rowH = 22;
        StringBuilder b = open(width, 50 + dated.size() * rowH, title, desc, "timeline");
        if (dated.isEmpty()) {
            return b.append("</svg>").toString();
        }
        LocalDate first = dated.get(0).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, dated.get(dated.size() - 1).date()));
        int left = 20;
        int axis = width - 260;
        b.append(String.format("<line x1=\"%d\" y1=\"30\" x2=\"%d\" y2=\"30\" stroke=\"#555\"/>", left, left + axis));
        b.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"11\">%s</text>", left, first));
        b.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"11\" text-anchor=\"end\">%s</text>", left + axis,
                dated.get(dated.size() - 1).date()));
        for (int i = 0; i < dated.size(); i++) {
            Mark m = dated.get(i);
            int x = left + (int) (axis * ChronoUnit.DAYS.between(first, m.date()) / span);
            int y = 48 + i * rowH;
            b.append(String.format("<line x1=\"%d\" y1=\"30\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\"/>", x, x, y - 4));
            b.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#1565c0\"/>", x, y - 4));
            b.append(String.format("<a href=\"%s\"><text x=\"%d\" y=\"%d\" font-size=\"11\">%s %s</text></a>", esc(m.href()), x + 8,
                    y, m.date(), esc(shorten(m.label(), 40))));
        }
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title, String desc, String id) {
        return new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" class=\"chart-svg\" aria-labelledby=\"%s-title %s-desc\" font-family=\"sans-serif\">"
                + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>", width, height, width, id, id, id, esc(title),
                id, esc(desc)));
    }

    /**
     * A label cut to {@code max} columns, with "…" when cut: a wide character (Chinese, Japanese,
     * Korean, full-width forms) takes two columns, as it takes about twice the width of a Latin
     * letter, so that a Chinese title stays inside the space a Latin one gets. Never splits a
     * surrogate pair.
     */
    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        int columns = 0;
        int end = 0;
        int cut = -1; // where the text stops if "…" must follow
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int width = wide(s.codePointAt(i)) ? 2 : 1;
            if (cut < 0 && columns + width > max - 1) {
                cut = i;
            }
            columns += width;
            if (columns > max) {
                return s.substring(0, cut) + "…";
            }
            end = s.offsetByCodePoints(i, 1);
        }
        return s.substring(0, end);
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
    }

    /** XML escape for text and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
