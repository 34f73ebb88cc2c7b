package org.concordance.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.concordance.site.TextMarks.Line;
import org.concordance.site.TextMarks.Segment;
import org.concordance.document.DocumentQueries.QuoteSpan;
import org.junit.jupiter.api.Test;

/** The text page's marks: every covering quote named on every segment, across lines and overlaps. */
class TextMarksTest {

    static String render(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.number()).append(':');
            for (Segment s : l.segments()) {
                s.anchors().forEach(a -> b.append('^').append(a));
                b.append(s.marked() ? "[" + s.text() + "|" + s.quoteIds() + "]" : s.text());
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void overlappingQuotesAndAQuoteAcrossALineBreak() {
        String text = "alpha beta\ngamma delta\n";
        List<Line> lines = TextMarks.lines(text, List.of(new QuoteSpan("a", 6, 16), new QuoteSpan("b", 6, 10), new QuoteSpan("c", 8, 10)));
        assertEquals("1:alpha ^a^b[be|a b]^c[ta|a b c]\n2:[gamma|a] delta\n", render(lines));
    }

    @Test
    void codePointOffsetsAndAnEmptyLine() {
        String text = "𝒜 暂停\n\n停";
        List<Line> lines = TextMarks.lines(text, List.of(new QuoteSpan("z", 2, 4)));
        assertEquals("1:𝒜 ^z[暂停|z]\n2:\n3:停\n", render(lines));
    }

    @Test
    void anAnchorThatDoesNotFitTheTextIsNotDrawn() {
        assertEquals("1:ab\n", render(TextMarks.lines("ab", List.of(new QuoteSpan("x", 1, 9)))));
    }
}
