package org.concordance.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.concordance.bench.CorpusGenerator;
import org.concordance.compare.ComparisonEngine;
import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.concordance.position.Stance;
import org.concordance.snapshot.SnapshotExporter;
import org.concordance.web.PageRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A large open letter (250 signatories who each take a stance on its first measure): the
 * document's signatures and recorded stances, the measure's positions and the letter's pages
 * are shown {@link PageRequest#DETAIL_ROWS} rows a page, every row on exactly one page, the HTML
 * and the JSON twin of a page alike; a permalink finds the page that holds its item, on the
 * service and in the static snapshot.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailBoundTest {

    static final int DOCUMENTS = 130;
    static final String LETTER = "doc-000129";
    static final String MEASURE = LETTER + "-m0";

    @Inject
    org.concordance.change.HistoryReset history;

    @Inject
    CorpusService service;

    @Inject
    SnapshotExporter exporter;

    @TestHTTPResource("/")
    URL site;

    Path dir;

    @BeforeAll
    void generated() throws IOException {
        dir = Files.createTempDirectory("concordance-detail-").resolve("proposals");
        new CorpusGenerator(dir, DOCUMENTS, 3).withLargeLetter(250).write();
        assertTrue(service.importFrom(dir).ok());
    }

    @AfterAll
    void real() throws IOException {
        assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        try (var files = Files.walk(dir.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static JsonPath json(String path) {
        return given().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().jsonPath();
    }

    static int pagesFor(long rows) {
        return (int) Math.max(1, (rows + PageRequest.DETAIL_ROWS - 1) / PageRequest.DETAIL_ROWS);
    }

    /** Every id of a list over all of a detail's pages, each page at most a page's rows, none twice. */
    static List<String> allPages(String api, String list, int pages) {
        List<String> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int p = 1; p <= pages; p++) {
            List<String> ids = json(api + "?page=" + p).getList(list + ".id");
            assertTrue(ids.size() <= PageRequest.DETAIL_ROWS, list + " page " + p + " has " + ids.size());
            for (String id : ids) {
                assertTrue(seen.add(id), id + " is on two pages of " + api + " " + list);
            }
            all.addAll(ids);
        }
        return all;
    }

    @Test
    void aDocumentsLongListsAreShownAPageAtATimeEachRowOnce() {
        String api = "/api/documents/" + LETTER;
        JsonPath first = json(api);
        long signatures = first.getLong("signatureCount");
        long recorded = first.getLong("actorPositionCount");
        int pages = first.getInt("pages");
        assertTrue(signatures > 250, "the letter has " + signatures + " signatures");
        assertTrue(recorded > 200, "the letter records " + recorded + " stances");
        assertEquals(pagesFor(Math.max(signatures, recorded)), pages);
        assertEquals(1, first.getInt("page"));
        assertEquals(PageRequest.DETAIL_ROWS, first.getList("signatures").size());
        assertEquals(signatures, allPages(api, "signatures", pages).size());
        assertEquals(recorded, allPages(api, "actorPositions", pages).size());
        // its own stances are on every page: they do not grow with the corpus
        assertEquals(first.getList("positions.id"), json(api + "?page=" + pages).getList("positions.id"));

        String past = given().get(api + "?page=" + (pages + 1)).then().statusCode(404).extract().path("detail");
        assertTrue(past.contains("it has " + pages + " pages"), past);
        String bad = given().get(api + "?page=two").then().statusCode(400).extract().path("detail");
        assertTrue(bad.contains("page"), bad);
    }

    @Test
    void aMeasuresPositionsArePagedInCoalitionOrderWithEachGroupsWholeCount() {
        String api = "/api/measures/" + MEASURE;
        JsonPath first = json(api);
        long count = first.getLong("positionCount");
        int pages = first.getInt("pages");
        assertTrue(count > 200, MEASURE + " has " + count + " positions");
        assertEquals(pagesFor(count), pages);
        List<String> all = allPages(api, "positions", pages);
        assertEquals(count, all.size());

        List<Integer> priorities = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            JsonPath page = json(api + "?page=" + p);
            List<Map<String, Object>> groups = page.getList("coalition.groups");
            long totals = groups.stream().mapToLong(g -> ((Number) g.get("total")).longValue()).sum()
                    + page.getLong("coalition.reportedTotal");
            assertEquals(count, totals, "the groups' whole counts add up to every position, on page " + p);
            // the page's positions are its groups' members in order: one list, two views
            List<String> members = new ArrayList<>();
            groups.forEach(g -> ((List<Map<String, Object>>) g.get("members")).forEach(m -> members.add((String) m.get("id"))));
            members.addAll(page.getList("coalition.reported.id"));
            assertEquals(page.getList("positions.id"), members, "page " + p);
            for (String stance : page.<String>getList("positions.findAll { it.basis != 'reported' }.stance")) {
                priorities.add(ComparisonEngine.STANCE_PRIORITY.indexOf(org.concordance.Coded.fromCode(Stance.class, stance).orElseThrow()));
            }
        }
        List<Integer> sorted = new ArrayList<>(priorities);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, priorities, "stance groups follow the engine's priority across pages");
        assertTrue(new java.util.HashSet<>(priorities).size() >= 2, "the letter's stances fall in two groups at least");
    }

    @Test
    void eachPageShowsWhatItsJsonTwinHolds() {
        int pages = json("/api/measures/" + MEASURE).getInt("pages");
        for (int p = 1; p <= pages; p++) {
            String query = p == 1 ? "" : "?page=" + p;
            Document page = Jsoup.parse(given().urlEncodingEnabled(false).header("Accept", "text/html")
                    .get("/measures/" + MEASURE + query).then().statusCode(200).extract().asString());
            List<String> shown = page.select("article.position").stream().map(e -> e.id().substring("position-".length())).toList();
            assertEquals(json("/api/measures/" + MEASURE + query).getList("positions.id"), shown, "page " + p);
            Element twin = page.selectFirst("link[rel=alternate][type=application/json]");
            assertNotNull(twin);
            assertTrue(twin.attr("href").endsWith("/api/measures/" + MEASURE + query), twin.attr("href"));
            assertEquals(pages, page.select("nav.pager a, nav.pager [aria-current]").stream()
                    .filter(e -> e.text().matches("[0-9]+")).count(), "page " + p + " links every page (there are few)");
        }
        Document last = Jsoup.parse(given().header("Accept", "text/html").get("/documents/" + LETTER + "?page=3").then()
                .statusCode(200).extract().asString());
        assertTrue(last.select("article.signature").size() > 0);
        assertTrue(last.title().contains("3"), last.title());
    }

    @Test
    void aPermalinkLeadsToThePageThatShowsItsItem() {
        JsonPath lastSignatures = json("/api/documents/" + LETTER + "?page=" + json("/api/documents/" + LETTER).getInt("pages"));
        List<String> links = lastSignatures.getList("signatures.html");
        String signature = links.get(links.size() - 1);
        JsonPath lastPositions = json("/api/measures/" + MEASURE + "?page=" + json("/api/measures/" + MEASURE).getInt("pages"));
        List<String> positionLinks = lastPositions.getList("positions.html");
        String position = positionLinks.get(positionLinks.size() - 1);
        for (String link : List.of(signature, position)) {
            String[] parts = link.split("#", 2);
            for (String prefix : List.of("", "/zh")) {
                Response r = given().urlEncodingEnabled(false).redirects().follow(false).header("Accept", "text/html")
                        .get(prefix + parts[0]);
                assertEquals(303, r.statusCode(), link);
                String location = r.header("Location");
                String page = parts[0].split("\\?", 2)[0];
                assertTrue(location.matches(".*" + prefix + page + "\\?page=[3-9]"), link + " -> " + location);
                String html = given().urlEncodingEnabled(false).header("Accept", "text/html")
                        .get(location.substring(location.indexOf(prefix + page))).then().statusCode(200).extract().asString();
                assertNotNull(Jsoup.parse(html).getElementById(parts[1]), location + " shows " + parts[1]);
            }
        }
        String unknown = given().redirects().follow(false).header("Accept", "text/html")
                .get("/measures/" + MEASURE + "?position=no-such-position").then().statusCode(404).extract().asString();
        assertTrue(unknown.contains("no-such-position"), unknown);
    }

    @Test
    void theSnapshotWritesEveryPageAndItsSearchFindsItemsOnTheirPage() throws Exception {
        Path out = Files.createTempDirectory("detail-snapshot-").resolve("site");
        try {
            history.keepOnlyTheNewestVersion(); // the suite's earlier imports are no part of this site
            exporter.export(out, site.toURI());
            ObjectMapper mapper = new ObjectMapper();
            int pages = json("/api/documents/" + LETTER).getInt("pages");
            for (int p = 1; p <= pages; p++) {
                String query = p == 1 ? "" : "?page=" + p;
                Path html = out.resolve("en/documents/" + LETTER + (p == 1 ? "/index.html" : "/page-" + p + ".html"));
                Path json = out.resolve("api/documents/" + LETTER + (p == 1 ? ".json" : "/page-" + p + ".json"));
                assertTrue(Files.isRegularFile(html), html.toString());
                assertTrue(Files.isRegularFile(out.resolve("zh/documents/" + LETTER + (p == 1 ? "/index.html" : "/page-" + p + ".html"))));
                assertEquals(mapper.readTree(given().urlEncodingEnabled(false).get("/api/documents/" + LETTER + query).asString()),
                        mapper.readTree(json.toFile()), json.toString());
                Document d = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element a : d.select("nav.pager a[href]")) {
                    assertTrue(Files.isRegularFile(html.getParent().resolve(a.attr("href")).normalize()), html + " -> " + a.attr("href"));
                }
            }
            // the static search links a signature's quote to the page that shows the signature
            List<String> links = json("/api/documents/" + LETTER + "?page=" + pages).getList("signatures.id");
            String wanted = "en/documents/" + LETTER + "/page-" + pages + ".html#signature-" + links.get(links.size() - 1);
            StringBuilder entries = new StringBuilder();
            try (var files = Files.list(out.resolve("search"))) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("entries-")).toList()) {
                    entries.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            assertTrue(entries.indexOf(wanted) >= 0, "the search entries link " + wanted);
            assertTrue(entries.indexOf("?position=") < 0 && entries.indexOf("?signature=") < 0, "no permalink query is left in the snapshot");
            // the in-browser comparison counts every signatory, not those of the letter's first page
            // (the generator's roles, initiated and signed, both endorse)
            long signatories = json("/api/documents/" + LETTER).getLong("signatureCount");
            com.fasterxml.jackson.databind.JsonNode profile = null;
            try (var files = Files.list(out.resolve("compare"))) {
                for (Path f : files.toList()) {
                    String js = Files.readString(f, StandardCharsets.UTF_8);
                    String data = js.substring(js.indexOf(',') + 1, js.lastIndexOf(");"));
                    if (mapper.readTree(data).has(LETTER)) {
                        profile = mapper.readTree(data).get(LETTER);
                    }
                }
            }
            assertNotNull(profile, "the compare shards hold the letter");
            assertEquals(signatories, profile.get("signatories").size());
        } finally {
            try (var files = Files.walk(out.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
