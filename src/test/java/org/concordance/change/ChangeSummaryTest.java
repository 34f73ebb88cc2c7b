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

    /**
     * A field shown in a column of its own still shows when it changes: a document's title and an
     * actor's name, a measure's type as before → after (not as a change in what no column
     * shows), and a change only in what no field shows says so.
     */
    @Test
    void aChangeInAFieldWithItsOwnColumnShowsThere() {
        java.util.List<Item> before = java.util.List.of(
                new Item(ItemKind.DOCUMENT, "letter", "letter", "a", java.util.Map.of("title", "Old title", "kind", "open-letter")),
                new Item(ItemKind.DOCUMENT, "notes", "notes", "a", java.util.Map.of("title", "Notes")),
                new Item(ItemKind.MEASURE, "registry", "letter", "a", java.util.Map.of("type", "compute-tracking", "document", "letter")),
                new Item(ItemKind.ACTOR, "ada", "ada", "a", java.util.Map.of("name", "Ada")));
        java.util.List<Item> after = java.util.List.of(
                new Item(ItemKind.DOCUMENT, "letter", "letter", "b", java.util.Map.of("title", "New | title", "kind", "open-letter")),
                new Item(ItemKind.DOCUMENT, "notes", "notes", "b", java.util.Map.of("title", "Notes")),
                new Item(ItemKind.MEASURE, "registry", "letter", "b", java.util.Map.of("type", "licensing", "document", "letter")),
                new Item(ItemKind.ACTOR, "ada", "ada", "b", java.util.Map.of("name", "Ada L.")));
        String md = new ChangeSummary(0).markdown(version("base", before), version("head", after));
        java.util.List<String> rows = md.lines().filter(l -> l.startsWith("| changed |")).toList();
        assertEquals(java.util.List.of(
                "| changed | `letter` | **Old title → New \\| title** | — |",
                "| changed | `notes` | Notes | " + ChangeSummary.TEXT_ONLY + " |",
                "| changed | `registry` | **`compute-tracking` → `licensing`** | `letter` | — | — | — |",
                "| changed | `ada` | **Ada → Ada L.** | — |"), rows, md);
    }

    private static ChangeSummary.Version version(String label, java.util.List<Item> items) {
        return new ChangeSummary.Version(label, items.size() + " items", items, java.util.List.of(), java.util.List.of(),
                java.util.List.of());
    }

    /** A job summary stays under GitHub's limit: the rows past the byte limit are counted, not shown, and never cut. */
    @Test
    void theRowsPastTheByteLimitAreCountedNotShown() {
        java.util.List<Item> actors = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            actors.add(new Item(ItemKind.ACTOR, "actor-" + i, "actor-" + i, "a", java.util.Map.of("name", "人工智能".repeat(40))));
        }
        ChangeSummary.Version base = version("base", java.util.List.of());
        ChangeSummary.Version head = version("head", actors);
        String all = new ChangeSummary(0).markdown(base, head);
        assertEquals(2000, all.lines().filter(l -> l.startsWith("| added | `actor-")).count());

        int limit = 64 * 1024;
        String cut = new ChangeSummary(0, limit).markdown(base, head);
        long bytes = cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        org.junit.jupiter.api.Assertions.assertTrue(bytes <= limit && bytes > limit / 2, bytes + " bytes");
        assertEquals(bytes, ChangeSummary.utf8Length(cut));
        java.util.List<String> rows = cut.lines().filter(l -> l.startsWith("| added | `actor-")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(rows.stream().allMatch(r -> r.endsWith(" |")), "no row is cut");
        org.junit.jupiter.api.Assertions.assertTrue(cut.contains((2000 - rows.size()) + " more row(s) not shown: the summary "
                + "reached its size limit (`--max-bytes 65536`)"), cut.substring(cut.length() - 400));
        assertEquals("maxBytes must be 0 (no limit) or at least 16384, not 100",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ChangeSummary(0, 100))
                        .getMessage());
    }
}
