package org.concordance.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
