package org.concordance.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.concordance.bench.CorpusGenerator;
import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The home page lists the newest documents, not all of them: its size does not grow with the corpus. */
@QuarkusTest
class HomePageBoundTest {

    @Inject
    CorpusService service;

    @Test
    void theHomePageListsTheNewestTwentyAndLinksToAll() throws IOException {
        Path dir = Files.createTempDirectory("concordance-home-").resolve("proposals");
        try {
            new CorpusGenerator(dir, 30, 5).write();
            assertTrue(service.importFrom(dir).ok());
            Document d = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
            assertEquals(SitePages.HOME_DOCUMENTS, d.select("ol.documents > li").size());
            Element all = d.selectFirst("#docs-h ~ p a[href=/documents]");
            assertNotNull(all, "a link to every document");
            assertTrue(all.parent().text().contains("(30)"), all.parent().text());
            assertEquals(30, Jsoup.parse(given().get("/documents").asString()).select("main table tbody tr").size(), "the documents page still lists them all");
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
            try (var files = Files.walk(dir.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
