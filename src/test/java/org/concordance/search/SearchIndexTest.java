package org.concordance.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static final String PAUSE_EN = "Therefore, we call on all AI labs to immediately pause for at least 6 months "
            + "the training of AI systems more powerful than GPT-4.";
    static final String PAUSE_ZH = "因此，我们呼吁所有AI实验室立即暂停至少6个月的时间，停止训练比GPT-4更强大的AI系统。";

    static final SearchEntry PAUSE_LETTER = new SearchEntry("document", "pause-letter",
            "Pause Giant AI Experiments: An Open Letter 暂停巨型AI实验：一封公开信",
            "Pause Giant AI Experiments: An Open Letter\n暂停巨型AI实验：一封公开信\nFuture of Life Institute, 2023-03-22",
            "/documents/pause-letter");
    static final SearchEntry PAUSE_QUOTE = new SearchEntry("evidence", "pause-letter-call",
            "“立即暂停至少6个月” immediately pause for at least 6 months",
            PAUSE_ZH + "\n" + PAUSE_EN,
            "/documents/pause-letter#call");
    static final SearchEntry SIX_MONTHS = new SearchEntry("measure", "six-month-moratorium",
            "Six-month moratorium 六个月暂停",
            "Six-month moratorium on training systems more powerful than GPT-4. 六个月暂停训练比GPT-4更强大的系统。",
            "/measures/six-month-moratorium");
    static final SearchEntry WATERMARKS = new SearchEntry("measure", "watermarking",
            "Provenance and watermarking 源头和水印",
            "provenance and watermarking systems to help distinguish real from synthetic and to track model leaks; "
                    + "源头和水印系统，以帮助区分真实与合成内容并追踪模型泄露",
            "/measures/watermarking");
    static final SearchEntry AUDITING = new SearchEntry("measure", "auditing-ecosystem",
            "Auditing and certification 审计与认证",
            "a robust auditing and certification ecosystem; 强大的审计和认证生态系统",
            "/measures/auditing-ecosystem");
    static final SearchEntry AUDIT = new SearchEntry("evidence", "audit-before-deployment",
            "Independent review before deployment",
            "Frontier labs should submit every model to an independent audit before deployment.",
            "/evidence/audit-before-deployment");
    static final SearchEntry AUDITS = new SearchEntry("evidence", "licensing-conditions",
            "Licensing 许可制度",
            "Licences should be conditional on third-party audits and incident reporting.",
            "/evidence/licensing-conditions");
    static final SearchEntry ANDREW_NG = new SearchEntry("actor", "andrew-ng",
            "吴恩达 Andrew Ng",
            "吴恩达 Andrew Ng; Andrew Yan-Tak Ng; 斯坦福大学兼职教授 adjunct professor at Stanford University; "
                    + "co-founder of Coursera and DeepLearning.AI",
            "/actors/andrew-ng");
    static final SearchEntry NG_TWEET = new SearchEntry("evidence", "ng-moratorium-tweet",
            "Andrew Ng: a 6 month moratorium is a terrible idea",
            "The call for a 6 month moratorium on making AI progress beyond GPT-4 is a terrible idea. "
                    + "呼吁暂停6个月、不让AI超越GPT-4的进展，是一个糟糕的主意。",
            "/evidence/ng-moratorium-tweet");

    static final List<SearchEntry> ENTRIES = List.of(PAUSE_LETTER, PAUSE_QUOTE, SIX_MONTHS, WATERMARKS, AUDITING,
            AUDIT, AUDITS, ANDREW_NG, NG_TWEET);

    static final SearchIndex INDEX = SearchIndex.build(ENTRIES);

    static SearchResult search(String query) {
        return INDEX.search(query, null, 0, 100);
    }

    static List<String> slugs(SearchResult result) {
        return result.hits().stream().map(SearchHit::slug).collect(Collectors.toList());
    }

    static SearchHit hit(SearchResult result, String slug) {
        return result.hits().stream().filter(h -> h.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not in " + slugs(result)));
    }

    // --- Chinese ----------------------------------------------------------------------------------

    @Test
    void twoChineseCharactersInsideASentenceMatch() {
        SearchResult result = search("暂停");
        assertTrue(slugs(result).contains("pause-letter-call"), slugs(result).toString());
        assertTrue(slugs(result).contains("six-month-moratorium"));
        assertTrue(slugs(result).contains("ng-moratorium-tweet"));
        assertFalse(slugs(result).contains("watermarking"));
        assertEquals(result.hits().size(), result.total());
    }

    @Test
    void watermarkInsideACompoundMatches() {
        SearchResult result = search("水印");
        assertEquals(List.of("watermarking"), slugs(result));
        assertTrue(hit(result, "watermarking").snippet().contains("源头和«水印»系统"), hit(result, "watermarking").snippet());
    }

    @Test
    void longerChineseSubstringsMustBeContiguous() {
        assertEquals(List.of("pause-letter-call"), slugs(search("立即暂停至少")));
        assertEquals(List.of("pause-letter-call"), slugs(search("我们呼吁所有AI实验室")));
        // all characters occur, but not in this order / not adjacent
        assertEquals(0, search("暂时").total());
        assertEquals(0, search("训停").total());
        assertEquals(List.of("six-month-moratorium"), slugs(search("停训")), "六个月暂停训练");
        assertEquals(0, search("至少暂停").total());
        assertEquals(0, search("量子计算").total());
    }

    @Test
    void singleChineseCharacterMatches() {
        SearchResult result = search("印");
        assertEquals(List.of("watermarking"), slugs(result));
        assertTrue(hit(result, "watermarking").snippet().contains("«印»"));
        assertEquals(0, search("鲸").total());
    }

    @Test
    void chineseNameMatches() {
        SearchResult result = search("吴恩达");
        assertEquals(List.of("andrew-ng"), slugs(result));
        assertEquals(List.of("andrew-ng"), slugs(search("恩达")));
        assertEquals(0, search("吴达").total());
    }

    // --- English ----------------------------------------------------------------------------------

    @Test
    void englishIsStemmed() {
        List<String> audits = slugs(search("audits"));
        assertTrue(audits.containsAll(List.of("auditing-ecosystem", "audit-before-deployment", "licensing-conditions")),
                audits.toString());
        assertEquals(3, audits.size());
        List<String> audit = slugs(search("audit"));
        assertTrue(audit.contains("licensing-conditions"));
        assertEquals(3, audit.size());
        assertEquals(3, search("auditing").total());
        assertEquals(0, search("auditor").total());
    }

    @Test
    void caseInsensitive() {
        assertEquals(slugs(search("audit")), slugs(search("AUDIT")));
        assertEquals(slugs(search("andrew ng")), slugs(search("ANDREW NG")));
        assertTrue(slugs(search("gpt-4")).contains("pause-letter-call"));
        assertEquals(search("GPT-4").total(), search("gpt-4").total());
        // full-width Latin letters are folded
        assertEquals(search("GPT").total(), search("ＧＰＴ").total());
    }

    @Test
    void allWordsAreRequired() {
        assertEquals(List.of("andrew-ng"), slugs(search("andrew stanford")));
        assertEquals(0, search("andrew watermarking").total());
        assertTrue(search("Andrew Ng").total() >= 2);
    }

    @Test
    void mixedChineseAndEnglishQuery() {
        SearchResult result = search("GPT-4 暂停");
        assertTrue(slugs(result).containsAll(List.of("pause-letter-call", "six-month-moratorium", "ng-moratorium-tweet")));
        assertFalse(slugs(result).contains("pause-letter"), "no GPT-4 in the letter's entry");
        assertEquals(List.of("andrew-ng"), slugs(search("吴恩达 Stanford")));
        assertEquals(List.of("pause-letter-call"), slugs(search("AI实验室 immediately")));
        assertEquals(0, search("吴恩达 watermarking").total());
    }

    @Test
    void titleMatchesRankAboveTextOnlyMatches() {
        SearchResult result = search("audits");
        // "Auditing and certification" has the term in its title, the others only in their text
        assertEquals("auditing-ecosystem", result.hits().get(0).slug());
        assertTrue(result.hits().get(0).score() > result.hits().get(1).score());

        SearchResult ng = search("Andrew Ng");
        assertEquals("andrew-ng", ng.hits().get(0).slug());
    }

    @Test
    void titleBoostBeatsAShorterText() {
        SearchIndex index = SearchIndex.build(List.of(
                new SearchEntry("measure", "b-licensing", "Licensing",
                        "Licences conditional on compute thresholds and reporting.", "/b"),
                new SearchEntry("measure", "a-text-only", "Registration",
                        "Register large training runs above a compute threshold.", "/a"),
                new SearchEntry("measure", "c-compute", "Compute thresholds",
                        "Frontier systems trained with more than 10^26 operations require a licence, "
                                + "notification of regulators, safety evaluations and independent review.", "/c")));
        SearchResult result = index.search("compute threshold", null, 0, 10);
        assertEquals(3, result.total());
        assertEquals("c-compute", result.hits().get(0).slug());
    }

    @Test
    void titleBoostBeatsRepeatedTextMatches() {
        SearchIndex index = SearchIndex.build(List.of(
                new SearchEntry("evidence", "a-repeated", "Licensing",
                        "Audits, audits, audits: licences conditional on audits.", "/a"),
                new SearchEntry("measure", "b-title", "Audits 审计",
                        "Independent review of frontier models before deployment by accredited third parties, "
                                + "with the results published and reported to the regulator.", "/b")));
        SearchResult result = index.search("audit", null, 0, 10);
        assertEquals(List.of("b-title", "a-repeated"), slugs(result));
        assertEquals(List.of("b-title", "a-repeated"), slugs(index.search("Audits", null, 0, 10)));
    }

    // --- Snippets ---------------------------------------------------------------------------------

    @Test
    void snippetMarksTheMatchedTerms() {
        SearchHit hit = hit(search("暂停"), "pause-letter-call");
        assertTrue(hit.snippet().contains("立即«暂停»至少"), hit.snippet());
        assertFalse(hit.snippet().contains("<"));

        SearchHit auditing = hit(search("audits"), "auditing-ecosystem");
        assertTrue(auditing.snippet().contains("a robust «auditing» and certification"), auditing.snippet());

        SearchHit mixed = hit(search("GPT-4 pause"), "pause-letter-call");
        assertTrue(mixed.snippet().contains("«GPT»-«4»"), mixed.snippet());
    }

    @Test
    void snippetIsAWindowAroundTheFirstMatch() {
        String filler = "Governments and laboratories discussed many proposals over the years, none of them binding. ";
        String text = filler.repeat(8) + PAUSE_EN + " " + filler.repeat(8);
        SearchIndex index = SearchIndex.build(List.of(new SearchEntry("evidence", "long", "Long", text, "/long")));
        SearchHit hit = index.search("pause", null, 0, 1).hits().get(0);
        String s = hit.snippet();
        assertTrue(s.startsWith("…"), s);
        assertTrue(s.endsWith("…"), s);
        assertTrue(s.contains("«pause»"), s);
        String plain = s.replace("«", "").replace("»", "").replace("…", "");
        assertTrue(plain.length() <= Snippets.WINDOW, plain.length() + ": " + s);
        assertTrue(plain.length() >= Snippets.WINDOW - 20, plain.length() + ": " + s);
        assertTrue(text.contains(plain.strip()), "a contiguous piece of the text: " + s);
        // no word is cut at either end
        String first = plain.strip().split(" ")[0];
        assertTrue(text.contains(" " + first + " "), first);
    }

    @Test
    void snippetFallsBackToTheStartOfTheText() {
        SearchIndex index = SearchIndex.build(List.of(new SearchEntry("document", "ditchley", "Ditchley Park statement",
                "A joint statement on frontier risks, agreed at a meeting of scientists in 2023.", "/d")));
        SearchResult result = index.search("Ditchley", null, 0, 10);
        assertEquals(1, result.total());
        assertEquals("A joint statement on frontier risks, agreed at a meeting of scientists in 2023.",
                result.hits().get(0).snippet());
    }

    @Test
    void snippetNeutralisesLiteralGuillemetsAndWhitespace() {
        SearchIndex index = SearchIndex.build(List.of(new SearchEntry("evidence", "fr", "Moratoire",
                "Le «moratoire»\n\n   sur l'IA", "/fr")));
        SearchHit hit = index.search("moratoire", null, 0, 10).hits().get(0);
        assertEquals("Le ‹«moratoire»› sur l'IA", hit.snippet());
    }

    // --- Validation and query syntax -------------------------------------------------------------

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> INDEX.search(null, null, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> INDEX.search("", null, 0, 10));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> INDEX.search(" \t\u3000", null, 0, 10));
        assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> INDEX.search("a".repeat(201), null, 0, 10));
        assertTrue(tooLong.getMessage().contains("200"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> INDEX.search("暂".repeat(201), null, 0, 10));
        IllegalArgumentException offset = assertThrows(IllegalArgumentException.class,
                () -> INDEX.search("audit", null, -1, 10));
        assertTrue(offset.getMessage().contains("offset"), offset.getMessage());
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
                () -> INDEX.search("audit", null, 0, 0));
        assertTrue(limit.getMessage().contains("limit"), limit.getMessage());
        assertThrows(IllegalArgumentException.class, () -> INDEX.search("audit", null, 0, 101));
        // the bounds themselves are fine
        assertEquals(3, INDEX.search("audit", null, 0, 100).total());
        assertEquals(3, INDEX.search("audit", null, 0, 1).total());
        assertEquals(3, INDEX.search("  audit  ", null, 0, 1).total());
    }

    @Test
    void maximalQueriesDoNotFail() {
        assertEquals(0, search("暂".repeat(200)).total());
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            distinct.appendCodePoint(0x9E00 + i).append('，'); // 100 different lone characters
        }
        assertEquals(0, search(distinct.toString()).total());
        assertEquals(4, search("暂，".repeat(100)).total(), "repeated groups count once");
        assertEquals(0, search("x ".repeat(100)).total());
        assertEquals(0, search("ab ".repeat(66) + "ab").total());
        assertEquals(0, search("因此我们呼吁".repeat(33)).total());
    }

    @Test
    void stopWordsAndPunctuationMatchNothing() {
        assertEquals(0, search("the of and").total());
        assertEquals(0, search("，。！？、；：“”").total());
        assertEquals(0, search("...!?-- ()").total());
        assertEquals(0, search("*").total());
        assertEquals(0, search("的").total());
        assertTrue(search("the pause").total() > 0);
    }

    @Test
    void queryTextIsNeverLuceneSyntax() {
        assertEquals(0, search("title:x").total());
        assertEquals(0, search("kind:actor").total());
        assertEquals(0, search("a AND").total());
        assertEquals(0, search("pause AND watermarking").total(), "AND is a stop word; both words are required");
        assertEquals(0, search("pause NOT watermarking").total(), "NOT is not negation");
        assertEquals(search("audit").total(), search("audit AND").total());
        assertEquals(search("audit").total(), search("+audit -").total());
        assertEquals(search("audit").total(), search("(audit").total());
        assertEquals(search("audit").total(), search("\"audit").total());
        assertEquals(search("audit").total(), search("audit*").total());
        assertEquals(search("audit").total(), search("audit\\").total());
        assertEquals(0, search("audi*").total(), "no wildcard expansion");
        assertEquals(0, search("/.*/").total(), "no regular expression");
    }

    // --- Kinds, totals, ordering ------------------------------------------------------------------

    @Test
    void kindFilter() {
        SearchResult all = search("6个月");
        assertTrue(all.total() >= 2, slugs(all).toString());
        SearchResult evidence = INDEX.search("6个月", "evidence", 0, 10);
        assertTrue(evidence.hits().stream().allMatch(h -> h.kind().equals("evidence")));
        assertTrue(slugs(evidence).containsAll(List.of("pause-letter-call", "ng-moratorium-tweet")));
        assertEquals(0, INDEX.search("6个月", "actor", 0, 10).total());
        assertEquals(0, INDEX.search("6个月", "nonsense", 0, 10).total());
        assertEquals(all.total(), INDEX.search("6个月", "", 0, 10).total());
        assertEquals(List.of("andrew-ng"), slugs(INDEX.search("Andrew", "actor", 0, 10)));
    }

    @Test
    void hitsCarryTheEntryFields() {
        SearchHit hit = search("吴恩达").hits().get(0);
        assertEquals("actor", hit.kind());
        assertEquals("andrew-ng", hit.slug());
        assertEquals("吴恩达 Andrew Ng", hit.title());
        assertEquals("/actors/andrew-ng", hit.link());
        assertTrue(hit.snippet().startsWith("«吴恩达» Andrew Ng"), hit.snippet());
        assertTrue(hit.score() > 0);
        assertEquals("吴恩达", INDEX.search("  吴恩达 ", null, 0, 1).query());
    }

    @Test
    void totalAndPaginationWithDeterministicTies() {
        List<SearchEntry> entries = new ArrayList<>();
        String[] kinds = {"measure", "document", "evidence", "actor"};
        for (int i = 0; i < 30; i++) {
            String kind = kinds[i % kinds.length];
            entries.add(new SearchEntry(kind, String.format("entry-%02d", 29 - i), "Moratorium",
                    "A moratorium on giant AI experiments.", "/" + i));
        }
        entries.add(new SearchEntry("document", "unrelated", "Compute tracking", "Track the sale of chips.", "/u"));
        SearchIndex index = SearchIndex.build(entries);
        assertEquals(31, index.size());

        List<String> expected = entries.stream()
                .filter(e -> e.text().contains("moratorium"))
                .sorted((a, b) -> a.kind().equals(b.kind()) ? a.slug().compareTo(b.slug()) : a.kind().compareTo(b.kind()))
                .map(e -> e.kind() + "/" + e.slug())
                .collect(Collectors.toList());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 7) {
            SearchResult page = index.search("moratorium", null, offset, 7);
            assertEquals(30, page.total());
            assertEquals(Math.min(7, 30 - offset), page.hits().size());
            page.hits().forEach(h -> paged.add(h.kind() + "/" + h.slug()));
        }
        assertEquals(expected, paged);
        assertEquals("actor/entry-02", paged.get(0));

        SearchResult beyond = index.search("moratorium", null, 30, 10);
        assertEquals(30, beyond.total());
        assertTrue(beyond.hits().isEmpty());
        SearchResult far = index.search("moratorium", null, Integer.MAX_VALUE, 100);
        assertEquals(30, far.total());
        assertTrue(far.hits().isEmpty());
        assertEquals(30, index.search("moratorium", null, 29, 100).total());
        assertEquals(1, index.search("moratorium", null, 29, 100).hits().size());
    }

    @Test
    void hitsAreSortedByScore() {
        SearchResult result = search("GPT-4");
        assertTrue(result.total() >= 3);
        for (int i = 1; i < result.hits().size(); i++) {
            assertTrue(result.hits().get(i - 1).score() >= result.hits().get(i).score());
        }
    }

    @Test
    void emptyIndex() {
        SearchIndex empty = SearchIndex.empty();
        assertEquals(0, empty.size());
        SearchResult result = empty.search("暂停", null, 0, 10);
        assertEquals(0, result.total());
        assertTrue(result.hits().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> empty.search(" ", null, 0, 10));
        assertEquals(0, SearchIndex.build(List.of()).search("audit", null, 0, 10).total());
        assertEquals(ENTRIES.size(), INDEX.size());
    }

    @Test
    void invalidEntriesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SearchIndex.build(List.of(new SearchEntry(null, "x", "t", "t", "/x"))));
        assertThrows(IllegalArgumentException.class,
                () -> SearchIndex.build(List.of(new SearchEntry("measure", " ", "t", "t", "/x"))));
        // null title, text and link are tolerated
        SearchIndex index = SearchIndex.build(List.of(new SearchEntry("actor", "anon", "Anonymous", null, null)));
        SearchHit hit = index.search("anonymous", null, 0, 1).hits().get(0);
        assertEquals("«Anonymous»", hit.snippet());
    }

    // --- Concurrency and size ---------------------------------------------------------------------

    @Test
    void concurrentSearchesOnALargerIndex() throws Exception {
        List<SearchEntry> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < 3000; i++) {
            entries.add(new SearchEntry("evidence", "generated-" + i, "Statement " + i,
                    "Signatory " + i + " supports compute reporting above threshold " + (i % 17)
                            + "；第" + i + "号签署人支持算力报告。", "/g/" + i));
        }
        SearchIndex index = SearchIndex.build(entries); // above the parallel-build threshold
        assertEquals(3009, index.size());
        assertEquals(3000, index.search("算力报告", null, 0, 10).total());
        assertEquals(3000 / 17 + 1, index.search("compute threshold 0", null, 0, 100).total());
        List<String> queries = List.of("暂停", "audits", "算力报告", "水印", "Andrew Ng", "compute reporting", "GPT-4 暂停");
        List<SearchResult> expected = queries.stream().map(q -> index.search(q, null, 0, 50)).collect(Collectors.toList());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit((Callable<Boolean>) () -> {
                    for (int round = 0; round < 10; round++) {
                        for (int q = 0; q < queries.size(); q++) {
                            if (!index.search(queries.get(q), null, 0, 50).equals(expected.get(q))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(expected.get(0).hits().get(0).snippet());
    }
}
