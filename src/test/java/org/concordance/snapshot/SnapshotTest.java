package org.concordance.snapshot;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.concordance.corpus.CorpusService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The snapshot is the site: complete, linked, equal to the API, and usable from static files. */
@QuarkusTest
class SnapshotTest {

    static Path dir;
    static SnapshotExporter.Manifest manifest;

    @Inject
    org.concordance.change.HistoryReset history;

    @Inject
    SnapshotExporter exporter;

    @Inject
    CorpusService corpus;

    @TestHTTPResource("/")
    URL site;

    @BeforeEach
    void exportOnce() throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("snapshot-").resolve("site");
            history.keepOnlyTheNewestVersion(); // the suite's earlier imports are no part of this site
            manifest = exporter.export(dir, site.toURI());
        }
    }

    @AfterAll
    static void clean() throws IOException {
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir.getParent())) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<Path> files(String extension) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void everyInternalLinkResolvesAndNoneIsAbsolute() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path html : files(".html")) {
            Document d = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element e : d.select("a[href], link[href], script[src], form[action]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")) {
                    continue;
                }
                assertTrue(!link.startsWith("/"), dir.relativize(html) + " has an absolute link " + link);
                String[] parts = link.split("#", 2);
                String file = parts[0].split("\\?", 2)[0];
                Path target = file.isEmpty() ? html : html.getParent().resolve(file).normalize();
                checked++;
                if (!Files.isRegularFile(target)) {
                    broken.add(dir.relativize(html) + " -> " + link);
                } else if (parts.length > 1 && target.toString().endsWith(".html") && !parts[1].isEmpty()
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(parts[1]) == null) {
                    broken.add(dir.relativize(html) + " -> " + link + " (no such anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 5000, "checked " + checked + " links");
    }

    @Test
    void everyPageTheServiceLinksToIsInTheSnapshot() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path html : files("index.html")) {
            String path = dir.relativize(html.getParent()).toString().replace('\\', '/');
            if (!path.startsWith("en") && !path.startsWith("zh")) {
                continue;
            }
            String served = given().urlEncodingEnabled(false).header("Accept", "text/html").when().get("/" + path).then()
                    .statusCode(200).extract().asString();
            for (Element a : Jsoup.parse(served).select("a[href^=/en/], a[href^=/zh/]")) {
                String target = a.attr("href").split("#", 2)[0].split("\\?", 2)[0];
                Path file = target.endsWith(".atom") ? dir.resolve(target.substring(1)) : dir.resolve(SnapshotPaths.page(target));
                if (!Files.isRegularFile(file)) {
                    missing.add("/" + path + " links " + target);
                }
            }
        }
        assertEquals(List.of(), missing);
        long later = files(".html").stream().filter(p -> p.getFileName().toString().matches("page-\\d+\\.html")).count();
        assertEquals(manifest.pages, files("index.html").size() - 1 + later, "every page (a list's later pages too), plus the root index");
    }

    @Test
    void jsonFilesEqualWhatTheApiReturns() throws IOException {
        int compared = 0;
        for (Path json : files(".json")) {
            String rel = dir.relativize(json).toString().replace('\\', '/');
            if (!rel.startsWith("api/")) {
                continue;
            }
            String name = rel.substring(0, rel.length() - ".json".length());
            String request = rel.startsWith("api/download/") ? "/" + rel // a file of the bulk download, by its name
                    : name.matches(".*/page-\\d+")
                    ? "/" + name.replaceAll("/page-(\\d+)$", "") + "?size=100&page=" + name.replaceAll(".*/page-", "")
                    : "/" + name;
            String api = given().accept("application/json").when().get(request).then().statusCode(200).extract().asString();
            assertEquals(api, Files.readString(json, StandardCharsets.UTF_8), rel + " equals GET " + request);
            compared++;
        }
        assertTrue(compared > 100, "compared " + compared + " JSON files");
        String csv = Files.readString(dir.resolve("api/positions/page-1.csv"), StandardCharsets.UTF_8);
        assertEquals(given().accept("text/csv").when().get("/api/positions?size=100&page=1").asString(), csv);
    }

    @Test
    void manifestAndFooterNameTheSnapshot() throws Exception {
        var read = new ObjectMapper().readTree(dir.resolve("snapshot.json").toFile());
        assertEquals(corpus.currentHash(), read.path("corpusVersion").asText());
        assertEquals(manifest.counts.get("documents"), read.path("counts").path("documents").asInt());
        assertTrue(read.path("counts").path("positions").asInt() > 50);
        assertTrue(read.path("exportedAt").asText().endsWith("Z"));
        // The bulk download: every file the manifest lists is there, of its size and SHA-256, as the API serves it.
        var downloads = read.path("downloads");
        assertEquals(org.concordance.download.DownloadTestFiles.COUNT, downloads.size(), downloads.toString());
        for (var f : downloads) {
            byte[] bytes = Files.readAllBytes(dir.resolve(f.path("path").asText()));
            assertEquals(f.path("bytes").asLong(), bytes.length, f.toString());
            assertEquals(f.path("sha256").asText(), java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)), f.toString());
            assertTrue(java.util.Arrays.equals(given().when().get("/" + f.path("path").asText()).then().statusCode(200).extract()
                    .asByteArray(), bytes), f.toString());
        }
        assertTrue(Files.isRegularFile(dir.resolve("api/download/datapackage.json")));
        // The feeds of what changed, as files beside the pages that announce them.
        assertTrue(Files.readString(dir.resolve("en/changes.atom"), StandardCharsets.UTF_8).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertTrue(Files.isRegularFile(dir.resolve("zh/changes/" + manifest.corpusVersion + "/index.html")));
        for (Path html : List.of(dir.resolve("en/index.html"), dir.resolve("zh/matrix/index.html"), dir.resolve("404.html"))) {
            Document d = Jsoup.parse(html.toFile(), "UTF-8");
            assertTrue(d.selectFirst("footer .snapshot").text().contains(manifest.corpusVersion.substring(0, 12)), html.toString());
            boolean zh = html.toString().contains("/zh/");
            assertTrue(d.selectFirst("footer .cite-text").text().contains((zh ? "快照时间 " : "snapshot of ") + manifest.exportedAt),
                    html.toString());
            assertTrue(d.selectFirst("footer .cite-text").text().contains(zh ? "数据版本" : "data version"), html.toString());
            assertTrue(d.selectFirst("footer .snapshot").text().startsWith(zh ? "本页来自" : "This page is from the snapshot of"), html.toString());
        }
        assertTrue(Files.readString(dir.resolve("404.html")).contains("Page not found"));
    }

    @Test
    void aSecondExportReplacesTheFirstWhole() throws Exception {
        Path again = Files.createTempDirectory("snapshot-again-").resolve("site");
        Files.createDirectories(again);
        Files.writeString(again.resolve("stale.html"), "old");
        exporter.export(again, site.toURI());
        assertTrue(!Files.exists(again.resolve("stale.html")), "the old output is gone");
        assertTrue(Files.isRegularFile(again.resolve("en/index.html")));
        try (Stream<Path> siblings = Files.list(again.getParent())) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).toList(), "no temporary leftovers");
        }
    }

    @Test
    void searchAndCompareWorkFromStaticFilesUnderASubPath() throws Exception {
        Path chromium = Paths.get(System.getProperty("concordance.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if (Boolean.getBoolean("concordance.require-browser")) {
                throw new AssertionError("NO BROWSER at " + chromium);
            }
            System.err.println("\n*** NO BROWSER: the snapshot's in-browser search and compare are NOT checked. ***\n");
            org.junit.jupiter.api.Assumptions.abort("no browser");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/project/", exchange -> {
            Path file = dir.resolve(URI.create(exchange.getRequestURI().getRawPath()).getPath().substring("/project/".length()));
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String type = file.toString().endsWith(".html") ? "text/html; charset=utf-8"
                    : file.toString().endsWith(".js") ? "text/javascript" : file.toString().endsWith(".css") ? "text/css" : "application/octet-stream";
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        String root = "http://127.0.0.1:" + server.getAddress().getPort() + "/project/";
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run")));
            Page page = browser.newPage();
            page.navigate(root);
            page.waitForURL("**/project/en/index.html");
            page.locator("header nav a", new Page.LocatorOptions().setHasText("Compare")).click();
            page.waitForURL("**/en/compare/index.html"); // the form of the new page, not the one being left
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            page.locator("input[value=fli-pause-letter]").check();
            page.locator("input[value=idais-ditchley-statement]").check();
            page.locator("#compare-submit").click();
            page.waitForSelector("#similarity");
            String served = given().when().get("/api/compare?documents=fli-pause-letter,idais-ditchley-statement")
                    .jsonPath().getString("comparison.similarity");
            assertEquals(served, page.locator("#similarity").textContent(), "the browser computes what the server does");
            page.navigate(root + "zh/search/index.html?q=暂停");
            page.waitForSelector("#result-count");
            int total = given().when().get("/api/search?q=暂停").jsonPath().getInt("total");
            assertTrue(page.locator("#result-count").textContent().startsWith(total + " "),
                    page.locator("#result-count").textContent() + " vs server total " + total);
            page.locator("#language-switch").click();
            page.waitForURL("**/project/en/search/index.html*");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/08-snapshot-search.png")));

            // Opened straight from the file system: links and the in-browser compare still work.
            page.navigate(dir.resolve("en/index.html").toUri().toString());
            page.locator("header nav a", new Page.LocatorOptions().setHasText("Matrix")).click();
            page.waitForURL("file://**/en/matrix/index.html");
            assertTrue(page.locator("table.matrix").isVisible());
            page.navigate(dir.resolve("en/compare/index.html").toUri() + "?documents=fli-pause-letter&documents=idais-ditchley-statement");
            page.waitForSelector("#similarity");
            assertEquals(served, page.locator("#similarity").textContent(), "compare works from file:// too");
            // in the page's words: the measure types by their labels, as the service's compare page shows them
            List<String> sharedLive = Jsoup.parse(given().header("Accept", "text/html")
                    .get("/compare?documents=fli-pause-letter&documents=idais-ditchley-statement").asString()).select("#result h4").eachText();
            assertTrue(sharedLive.contains("Third-party audits"), sharedLive.toString());
            assertEquals(sharedLive, page.locator("#result h4").allTextContents());

            // Search from file:// too, loading only the shards of the query's terms: the hits the index gives in Java.
            for (String q : List.of("pausing training", "暂停", "red lines")) {
                page.navigate(dir.resolve("zh/search/index.html").toUri() + "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
                page.waitForSelector("#result-count");
                long expected = staticHits(q);
                assertTrue(expected > 0, q);
                assertTrue(page.locator("#result-count").textContent().startsWith(expected + " "),
                        q + ": " + page.locator("#result-count").textContent() + " vs " + expected);
                assertEquals(Math.min(100, expected), page.locator("ol.results li").count(), q);
                List<String> kinds = page.locator("ol.results li .meta").allTextContents().stream().map(String::strip).distinct().toList();
                assertTrue(List.of("文件", "措施", "人物或机构", "引文").containsAll(kinds), q + ": hit kinds in Chinese, got " + kinds);
            }
            browser.close();
        } finally {
            server.stop(0);
        }
    }

    @Inject
    org.concordance.search.SearchService search;

    /** How many entries hold every term of a query, by the snapshot index's own terms. */
    private long staticHits(String q) {
        var wanted = StaticSearch.terms(q, false);
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(search::entries).stream()
                .filter(e -> StaticSearch.terms(e.title() + " " + e.text(), true).containsAll(wanted)).count();
    }

    @Test
    void noFileHoldsTheWholeCorpusForTheBrowser() throws IOException {
        assertTrue(Files.notExists(dir.resolve("snapshot-data.js")));
        String index = Files.readString(dir.resolve("snapshot-index.js"));
        assertTrue(index.contains("\"termShards\""), index);
        try (Stream<Path> shards = Files.list(dir.resolve("search"))) {
            assertTrue(shards.anyMatch(p -> p.getFileName().toString().startsWith("terms-")));
        }
        try (Stream<Path> shards = Files.list(dir.resolve("compare"))) {
            assertTrue(shards.anyMatch(p -> p.getFileName().toString().equals("documents-0.js")));
        }
    }

    /** The source texts are in the snapshot byte for byte, linked from their text pages, so selectors work offline. */
    @Test
    void sourceTextsAreExportedByteForByte() throws IOException {
        Path exported = dir.resolve("api/documents/fli-pause-letter/text.txt");
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                Files.readAllBytes(Path.of("proposals/sources/000_a0276081686ee7c4.txt")), Files.readAllBytes(exported));
        String page = Files.readString(dir.resolve("en/documents/fli-pause-letter/text/index.html"));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("href=\"../../../../api/documents/fli-pause-letter/text.txt\""),
                "the text page links the exported text");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<mark data-quotes="), "quotes are highlighted in the snapshot too");
    }

    /** Corpus-supplied URLs are external links, never crawl targets; nothing is written outside the output folder. */
    @Test
    void hostileDocumentUrlsStayLinksAndTheExportStaysInItsFolder() throws Exception {
        Path out = Files.createTempDirectory("snapshot-hostile-").resolve("deep/site");
        try (org.concordance.corpus.ScratchCorpus c = org.concordance.corpus.ScratchCorpus.copyOfReal()) {
            for (String[] doc : new String[][] { { "hostile-one", "https://site/api/../../../api/documents" },
                    { "hostile-two", "https://site/en/no-such-page" } }) {
                c.write("documents/" + doc[0] + ".yaml", """
                        slug: %s
                        kind: statement
                        language: en
                        title:
                          en: A hostile test document
                        url: %s
                        source-text: 000_a0276081686ee7c4.txt
                        """.formatted(doc[0], doc[1]));
            }
            org.junit.jupiter.api.Assertions.assertTrue(corpus.importFrom(c.root).ok());
            exporter.export(out, site.toURI());
        } finally {
            org.junit.jupiter.api.Assertions.assertTrue(corpus.importFrom(org.concordance.corpus.ScratchCorpus.REAL).ok());
        }
        try (Stream<Path> all = Files.walk(out.getParent().getParent())) {
            List<Path> outside = all.filter(Files::isRegularFile).filter(p -> !p.startsWith(out)).toList();
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), outside, "files written outside the output folder");
        }
        String page = Files.readString(out.resolve("en/documents/hostile-one/index.html"));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("href=\"https://site/api/../../../api/documents\""),
                "the corpus URL is left as the external link it is");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\""),
                "the snapshot's pages carry the policy that headers carry on the live site");
        try (Stream<Path> all = Files.walk(out.getParent().getParent())) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
