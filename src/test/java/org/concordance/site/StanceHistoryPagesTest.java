package org.concordance.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An actor who changed position: supports the six-month pause in a document of 2023-01-10, opposes
 * it in one of 2024-05-01, and supports it with conditions in an undated one. The actor's API and
 * pages (en, zh) show the dated sequence with its evidence and the reversal, the undated apart;
 * the moratorium's page and API show support and opposition over time, the undated counted apart.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StanceHistoryPagesTest {

    static final String ACTOR = "test-weathervane";
    static final String MEASURE = "fli-six-month-pause";

    @Inject
    CorpusService service;

    ScratchCorpus corpus;

    @BeforeAll
    void changedPosition() {
        corpus = ScratchCorpus.copyOfReal()
                .write("actors/" + ACTOR + ".yaml", """
                        slug: test-weathervane
                        kind: person
                        name:
                          en: Test Weathervane
                          zh: 测试风向标
                        """)
                .write("documents/history-early.yaml", document("history-early", "published: 2023-01-10\n", "supports",
                        "we call on all AI labs", 116))
                .write("documents/history-late.yaml", document("history-late", "published: 2024-05-01\n", "opposes",
                        "If such a pause cannot be enacted quickly", 118))
                .write("documents/history-undated.yaml", document("history-undated", "", "conditional",
                        "This pause should be public and verifiable", 117));
        CorpusService.Outcome outcome = service.importFrom(corpus.root);
        assertEquals(List.of(), outcome.problems());
    }

    @AfterAll
    void real() {
        corpus.close();
        assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
    }

    static String document(String slug, String published, String stance, String quote, int line) {
        return """
                slug: %s
                kind: statement
                language: en
                title:
                  en: History test %s
                %ssource-text: 000_a0276081686ee7c4.txt
                positions:
                  - measure: fli-six-month-pause
                    actor: test-weathervane
                    stance: %s
                    evidence:
                      - quote: "%s"
                        lines: %d
                """.formatted(slug, slug, published, stance, quote, line);
    }

    @Test
    void theApiGivesTheDatedSequenceWithEvidenceAndTheReversal() {
        JsonPath a = given().get("/api/actors/" + ACTOR).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> history = a.getList("stanceHistory");
        assertEquals(1, history.size(), "one measure type");
        assertEquals("moratorium", a.getString("stanceHistory[0].type"));
        assertEquals(3, a.getInt("stanceHistory[0].positions"));
        assertEquals(1, a.getInt("stanceHistory[0].reversals"));
        assertEquals(0, a.getInt("stanceHistory[0].earlierSteps"));
        assertEquals(List.of("supports", "opposes"), a.getList("stanceHistory[0].steps.stance"));
        assertEquals(List.of("2023-01-10", "2024-05-01"), a.getList("stanceHistory[0].steps.date"));
        assertEquals(List.of("history-early", "history-late"), a.getList("stanceHistory[0].steps.document"));
        assertEquals(List.of("history-early." + MEASURE + "." + ACTOR, "history-late." + MEASURE + "." + ACTOR),
                a.getList("stanceHistory[0].steps.id"), "the positions' stable ids");
        assertEquals(List.of(false, true), a.getList("stanceHistory[0].steps.reversal"));
        assertEquals("for", a.getString("stanceHistory[0].steps[1].reversedFrom"));
        assertEquals("against", a.getString("stanceHistory[0].steps[1].leaning"));
        assertTrue(a.getBoolean("stanceHistory[0].steps[1].sameMeasure"));
        assertNull(a.get("stanceHistory[0].steps[0].reversedFrom"));
        assertEquals("we call on all AI labs", a.getString("stanceHistory[0].steps[0].evidence[0].quote"));
        assertEquals("If such a pause cannot be enacted quickly", a.getString("stanceHistory[0].steps[1].evidence[0].quote"));
        assertEquals("history-late", a.getString("stanceHistory[0].steps[1].evidence[0].source"), "the evidence view of every position");
        assertEquals(118, a.getInt("stanceHistory[0].steps[1].evidence[0].lineStart"));
        // undated: apart, no date given, no reversal
        assertEquals(List.of("conditional"), a.getList("stanceHistory[0].undated.stance"));
        assertNull(a.get("stanceHistory[0].undated[0].date"));
        assertFalse(a.getBoolean("stanceHistory[0].undated[0].reversal"));
        assertEquals("This pause should be public and verifiable", a.getString("stanceHistory[0].undated[0].evidence[0].quote"));
        // the contradictions, pairs on one measure in no order, stay as they were: the undated conditional support counts there
        assertEquals(2, a.getList("contradictions").size());
        String all = a.getString("stanceHistory[0].all");
        given().urlEncodingEnabled(false).get(all).then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void theActorPageShowsTheSequenceAndAWordedReversalInBothLanguages() {
        Document en = SitePagesTest.page("/actors/" + ACTOR);
        Element type = en.getElementById("history-moratorium");
        assertNotNull(type, "a history per measure type");
        assertEquals("Moratorium / pause (positions: 3; reversals: 1)", type.selectFirst("h3").text());
        List<Element> steps = type.select("ol.steps > li.step");
        assertEquals(2, steps.size());
        assertEquals("2023-01-10", steps.get(0).selectFirst("time").attr("datetime"));
        assertNotNull(steps.get(0).selectFirst("[data-stance=supports]"));
        assertEquals("we call on all AI labs", steps.get(0).selectFirst("blockquote").text());
        assertNull(steps.get(0).selectFirst(".reversal-flag"));
        assertEquals("2024-05-01", steps.get(1).selectFirst("time").attr("datetime"));
        assertTrue(steps.get(1).hasClass("reversal"));
        assertEquals("⇄ Reversal: from for to against (on the same measure, also a contradiction)",
                steps.get(1).selectFirst(".reversal-flag").text(), "worded, not colour only");
        assertTrue(steps.get(1).selectFirst("blockquote").text().startsWith("If such a pause"));
        Element undated = type.selectFirst("ul.steps.undated > li");
        assertTrue(undated.text().contains("undated"), undated.text());
        assertNull(undated.selectFirst("time"), "no date for the undated");
        assertNotNull(en.selectFirst("#sources-h ~ ul a[href=/documents/history-late]"), "the quotes' source among the page's sources");

        Document zh = SitePagesTest.page("/zh/actors/" + ACTOR);
        Element zhType = zh.getElementById("history-moratorium");
        assertTrue(zh.getElementById("history-h").text().contains("立场随时间的变化"));
        assertEquals("暂停 （立场 3 个；反转 1 次）", zhType.selectFirst("h3").text());
        Element flag = zhType.select("ol.steps > li.step").get(1).selectFirst(".reversal-flag");
        assertEquals("⇄ 立场反转：从支持转为反对（针对同一措施，亦属前后矛盾）", flag.text());
        assertTrue(zhType.selectFirst("ul.steps.undated").text().contains("无日期"));
    }

    @Test
    void theMeasureTypeShowsSupportAndOppositionOverTimeAsAChartAndATable() {
        JsonPath api = given().get("/api/measure-types/moratorium").then().statusCode(200).extract().jsonPath();
        assertEquals("month", api.getString("overTime.granularity"));
        List<String> periods = api.getList("overTime.buckets.period");
        assertTrue(periods.contains("2023-01") && periods.contains("2024-05"), periods.toString());
        assertEquals(periods.stream().sorted().toList(), periods, "in time order");
        int early = periods.indexOf("2023-01");
        assertEquals(1, api.getInt("overTime.buckets[" + early + "].forPositions"), "the weathervane's support, alone that month");
        int late = periods.indexOf("2024-05");
        assertEquals(1, api.getInt("overTime.buckets[" + late + "].againstPositions"));
        int last = periods.size() - 1;
        long forTotal = api.getLong("overTime.buckets[" + last + "].forTotal");
        long againstTotal = api.getLong("overTime.buckets[" + last + "].againstTotal");
        long undatedFor = api.getLong("overTime.undatedFor");
        long undatedAgainst = api.getLong("overTime.undatedAgainst");
        assertTrue(undatedFor >= 1, "the undated conditional support, and the real corpus's undated documents");
        assertEquals(api.getLong("type.supporters"), forTotal + undatedFor, "every position for: dated or undated");
        assertEquals(api.getLong("type.opponents"), againstTotal + undatedAgainst, "every position against: dated or undated");

        Document en = SitePagesTest.page("/measure-types/moratorium");
        Element svg = en.selectFirst("#overtime-h ~ figure svg[role=img]");
        assertNotNull(svg, "the chart");
        assertTrue(svg.selectFirst("title").text().contains("positions for and against"));
        assertNotNull(svg.selectFirst("desc"));
        assertNotNull(svg.selectFirst("path.series-for"));
        assertNotNull(svg.selectFirst("path.series-against"));
        assertEquals(periods.size(), svg.select("circle.dot-for").size(), "a marker per period");
        Element table = en.selectFirst("table.fallback.overtime");
        assertNotNull(table, "the table fallback");
        assertEquals(periods.size(), table.select("tbody tr").size());
        Element row = en.getElementById("period-2024-05");
        List<String> cells = row.select("td").eachText();
        assertEquals(List.of(api.getString("overTime.buckets[" + late + "].forPositions"), "1",
                api.getString("overTime.buckets[" + late + "].forTotal"), api.getString("overTime.buckets[" + late + "].againstTotal")),
                cells, "the table has the API's numbers");
        Element lastRow = table.select("tbody tr").last();
        assertEquals(String.valueOf(forTotal), lastRow.select("td").get(2).text());
        String undated = en.selectFirst("p.undated-count").text();
        assertTrue(undated.startsWith(undatedFor + " positions for and " + undatedAgainst + " against are recorded in undated documents"),
                undated);

        Document zh = SitePagesTest.page("/zh/measure-types/moratorium");
        assertEquals("支持与反对随时间的变化", zh.getElementById("overtime-h").text());
        assertEquals("时期", zh.selectFirst("table.fallback.overtime th").text());
        assertTrue(zh.selectFirst("p.undated-count").text().contains("无日期"));
    }
}
