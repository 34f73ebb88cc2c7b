package org.concordance.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chart labels are cut by the width they take, not by their number of characters. */
class ChartsTest {

    @Test
    void aLatinLabelIsCutToItsColumns() {
        assertEquals("short", Charts.shorten("short", 34));
        String forty = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn";
        assertEquals(forty.substring(0, 33) + "…", Charts.shorten(forty, 34));
        assertEquals(forty.substring(0, 34), Charts.shorten(forty.substring(0, 34), 34), "exactly the width: not cut");
    }

    @Test
    void aChineseCharacterTakesTwoColumns() {
        String title = "首届人工智能安全国际对话召开部分与会者签署联合声明并呼吁各国政府合作";
        assertEquals(title.substring(0, 16) + "…", Charts.shorten(title, 34), "16 characters (32 columns) and the ellipsis");
        assertEquals(title.substring(0, 17), Charts.shorten(title.substring(0, 17), 34), "17 characters fill 34 columns exactly");
        assertEquals("Pause 暂停" , Charts.shorten("Pause 暂停", 34));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        String rare = "𠀀".repeat(20); // a Han character of two UTF-16 units
        String cut = Charts.shorten(rare, 34);
        assertEquals("𠀀".repeat(16) + "…", cut);
    }

    @Test
    void supportOverTimeIsTwoStepLinesWithTheirNumbersWrittenOut() {
        String svg = Charts.cumulative("Moratorium: for and against", "Two step lines", "for", "against", java.util.List.of(
                new Charts.Step("2023-03", 2023 * 12 + 2, 3, 1), new Charts.Step("2023-11", 2023 * 12 + 10, 4, 5)));
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals("Moratorium: for and against", d.selectFirst("svg > title").text());
        assertEquals("Two step lines", d.selectFirst("svg > desc").text());
        assertEquals(1, d.select("path.series-for").size());
        assertEquals(1, d.select("path.series-against").size());
        assertEquals(2, d.select("circle.dot-for").size(), "a round marker per period for");
        assertEquals(2, d.select("rect.dot-against").size(), "a square marker per period against");
        assertEquals("2023-11: against 5", d.select("rect.dot-against").last().selectFirst("title").text());
        java.util.List<String> texts = d.select("text").eachText();
        assertTrue(texts.contains("for 4") && texts.contains("against 5"), "the last totals written at the lines' ends: " + texts);
        assertTrue(texts.contains("2023-03") && texts.contains("2023-11"), "periods on the axis");
        assertFalse(svg.contains("fill=\"#"), "no colour in the chart: the style sheet's classes");
        org.jsoup.nodes.Document empty = org.jsoup.Jsoup.parse(Charts.cumulative("t", "d", "for", "against", java.util.List.of()), "",
                org.jsoup.parser.Parser.xmlParser());
        assertTrue(empty.select("path").isEmpty());
    }
}
