package org.concordance.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.concordance.bench.CorpusGenerator;
import org.concordance.compare.ComparisonEngine;
import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.concordance.measure.MeasureQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A measure type with more variants than a page holds: the comparison stays bounded (a page of
 * variants, at most {@link ComparisonEngine#VALUES_SHOWN} values per parameter, at most
 * {@link MeasureQueries#GROUP_SHOWN} positions per stance), and the page shows what its JSON twin says.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeComparisonBoundTest {

    @Inject
    CorpusService service;

    Path dir;

    @BeforeAll
    void generated() throws IOException {
        dir = Files.createTempDirectory("concordance-type-").resolve("proposals");
        new CorpusGenerator(dir, 300, 7).write();
        assertTrue(service.importFrom(dir).ok());
    }

    @AfterAll
    void real() throws IOException {
        assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        try (var files = Files.walk(dir.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The type with the most variants in the generated corpus. */
    String biggestType() {
        List<Map<String, Object>> types = given().get("/api/measure-types").then().statusCode(200).extract().path("items");
        return types.stream().max(java.util.Comparator.comparing(t -> ((Number) t.get("measures")).longValue()))
                .map(t -> (String) t.get("type")).orElseThrow();
    }

    @Test
    void everyVariantIsOnExactlyOnePageAndEachPageMatchesItsJsonTwin() {
        String type = biggestType();
        JsonPath first = given().get("/api/measure-types/" + type).then().statusCode(200).extract().jsonPath();
        int total = first.getInt("variants.total");
        int pages = first.getInt("variants.pages");
        assertTrue(total > SitePages.VARIANTS_PER_PAGE, "the generated corpus gives " + type + " " + total + " variants");
        assertEquals((total + SitePages.VARIANTS_PER_PAGE - 1) / SitePages.VARIANTS_PER_PAGE, pages);
        List<String> seen = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            String path = "/measure-types/" + type + (p == 1 ? "" : "?page=" + p);
            Document page = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
            List<String> rows = page.select("table.variants tbody tr").eachAttr("id").stream()
                    .map(id -> id.substring("variant-".length())).toList();
            JsonPath api = given().get("/api/measure-types/" + type + "?page=" + p).then().statusCode(200).extract().jsonPath();
            assertEquals(api.getList("variants.items.measure.slug"), rows, "page " + p + " shows its twin's variants, in order");
            assertEquals(p == pages ? total - SitePages.VARIANTS_PER_PAGE * (pages - 1) : SitePages.VARIANTS_PER_PAGE, rows.size());
            Element twin = page.selectFirst("link[rel=alternate][type=application/json]");
            assertNotNull(twin);
            assertEquals("/api/measure-types/" + type + (p == 1 ? "" : "?page=" + p), twin.attr("href"));
            Element pager = page.selectFirst("nav.pager");
            assertNotNull(pager, "page links");
            assertEquals(String.valueOf(p), pager.selectFirst("[aria-current=page]").text());
            if (p < pages) {
                assertEquals("/measure-types/" + type + "?page=" + (p + 1), pager.selectFirst("a[rel=next]").attr("href"));
            }
            seen.addAll(rows);
        }
        assertEquals(total, seen.size());
        assertEquals(total, new java.util.HashSet<>(seen).size(), "no variant on two pages");
        assertEquals(seen.stream().sorted().toList(), seen, "in slug order");
        given().get("/measure-types/" + type + "?page=" + (pages + 1)).then().statusCode(404);
    }

    @Test
    void parametersAndGroupsAreBoundedAndThePageSaysWhatTheJsonSays() {
        String type = biggestType();
        JsonPath api = given().get("/api/measure-types/" + type).then().statusCode(200).extract().jsonPath();
        Document page = Jsoup.parse(given().get("/measure-types/" + type).then().statusCode(200).extract().asString());
        List<Map<String, Object>> parameters = api.getList("parameters");
        for (Map<String, Object> p : parameters) {
            String key = (String) p.get("parameter");
            List<?> values = (List<?>) p.get("values");
            int stated = (Integer) p.get("stated");
            int silent = (Integer) p.get("silent");
            assertEquals(api.getInt("variants.total"), stated + silent, key + ": every variant states it or is silent");
            assertTrue(values.size() <= ComparisonEngine.VALUES_SHOWN, key + " lists " + values.size() + " values");
            Element row = page.getElementById("parameter-" + key);
            assertNotNull(row, key);
            assertEquals(values.size(), row.select("ul.values > li").size(), key);
            assertEquals(String.valueOf(silent), row.select("td").last().text(), key + ": silent variants");
            assertEquals(p.get("strictest") != null, row.selectFirst("li.strictest") != null, key + ": the strictest marked");
        }
        // support and opposition over time: at most MAX_BUCKETS months, else years (the generated dates span eleven)
        List<Map<String, Object>> buckets = api.getList("overTime.buckets");
        assertTrue(buckets.size() > 1);
        assertTrue(api.getString("overTime.granularity").equals("year") ? buckets.size() <= 12
                : buckets.size() <= ComparisonEngine.MAX_BUCKETS, buckets.size() + " periods by " + api.getString("overTime.granularity"));
        Map<String, Object> last = buckets.get(buckets.size() - 1);
        assertEquals(api.getLong("type.supporters"), ((Number) last.get("forTotal")).longValue() + api.getLong("overTime.undatedFor"));
        assertEquals(api.getLong("type.opponents"), ((Number) last.get("againstTotal")).longValue() + api.getLong("overTime.undatedAgainst"));
        assertEquals(buckets.size(), page.select("table.fallback.overtime tbody tr").size(), "the table has a row per period");
        assertEquals(buckets.size(), page.select("#overtime-h ~ figure svg circle.dot-for").size(), "the chart a marker per period");
        List<Map<String, Object>> coalition = api.getList("coalition");
        List<Element> headings = page.select("#coalition-h ~ h3");
        for (Map<String, Object> g : coalition) {
            List<?> shown = (List<?>) g.get("shown");
            int groupTotal = (Integer) g.get("total");
            assertTrue(shown.size() <= MeasureQueries.GROUP_SHOWN);
            assertEquals(Math.min(groupTotal, MeasureQueries.GROUP_SHOWN), shown.size());
            String stance = (String) g.get("stance");
            assertTrue(headings.stream().anyMatch(h -> h.selectFirst("[data-stance=" + stance + "]") != null
                    && h.text().endsWith("(" + groupTotal + ")")), stance + " heading with its count");
            given().get((String) g.get("all") + "&size=1").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(groupTotal));
        }
    }
}
