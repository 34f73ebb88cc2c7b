package org.concordance.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a job summary's cells do with values that Markdown or HTML would read as markup. */
class ChangeSummaryTest {

    @Test
    void aValueShowsAsWrittenOnOneLine() {
        assertEquals("A \\| B \\*not bold\\* &lt;script&gt; \\[link\\](x) AT&amp;T 人工智能 next",
                ChangeSummary.text("A | B *not bold* <script> [link](x) AT&T 人工智能\nnext"));
    }

    @Test
    void aLongValueIsCutByCharactersNotBytes() {
        String value = "暂".repeat(ChangeSummary.LONGEST + 5);
        assertEquals("暂".repeat(ChangeSummary.LONGEST) + "…", ChangeSummary.text(value));
        assertEquals("😀".repeat(ChangeSummary.LONGEST) + "…", ChangeSummary.text("😀".repeat(ChangeSummary.LONGEST + 1)),
                "never half a surrogate pair");
    }

    @Test
    void aParameterIsNamedAsTheCorpusFileNamesIt() {
        assertEquals("parameter `duration-months`", ChangeSummary.fieldName("parameters.durationMonths"));
        assertEquals("`stance`", ChangeSummary.fieldName("stance"));
    }

    @Test
    void aNegativeRowLimitIsRefused() {
        assertEquals("maxRows must be 0 (all) or more, not -1",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ChangeSummary(-1)).getMessage());
    }
}
