package org.concordance.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.concordance.corpus.CorpusService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Everything from the corpus is text on the page, never markup, wherever it is shown. */
@QuarkusTest
class EscapingTest {

    static final String QUOTE = "<script>alert('quote')</script> \"onmouseover=\"alert(1)\" & <b>bold</b>";
    static final String TITLE = "Evil \"onmouseover=\"alert(2)\" <img src=x onerror=alert(3)> title";

    @Inject
    CorpusService service;

    @Test
    void hostileCorpusTextIsShownAsText() throws Exception {
        Path tmp = Files.createTempDirectory("corpus-");
        Path root = tmp.resolve("proposals");
        try (Stream<Path> all = Files.walk(Path.of("proposals"))) {
            for (Path p : all.toList()) {
                Path target = root.resolve(Path.of("proposals").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(root.resolve("documents/evil-doc.yaml"), """
                slug: evil-doc
                kind: statement
                language: en
                title:
                  en: '%s'
                source-text: evil.txt
                measures:
                  - slug: evil-measure
                    type: watermarking
                    name:
                      en: '%s'
                    parameters:
                      purpose: '%s'
                positions:
                  - measure: evil-measure
                    stance: proposes
                    note: '%s'
                    evidence:
                      - quote: '%s'
                        lines: 2
                """.formatted(TITLE.replace("'", "''"), TITLE.replace("'", "''"), QUOTE.replace("'", "''"),
                QUOTE.replace("'", "''"), QUOTE.replace("'", "''")));
        // The hostile quote stands in a hostile source text, so the verbatim check passes and the text page shows it too.
        Files.writeString(root.resolve("sources/evil.txt"), "A text with markup in it:\n" + QUOTE + "\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("sources/evil.yaml"), "provenance: '" + TITLE.replace("'", "''") + "'\n", StandardCharsets.UTF_8);
        try {
            var outcome = service.importFrom(root);
            assertTrue(outcome.ok(), outcome.problems().toString());
            for (String path : new String[] { "/measures/evil-measure", "/documents/evil-doc", "/measure-types/watermarking",
                    "/matrix", "/search?q=Evil", "/documents/evil-doc/text", "/compare?documents=evil-doc&documents=fli-pause-letter" }) {
                String html = given().header("Accept", "text/html").when().get(path).then().statusCode(200).extract().asString();
                assertFalse(html.contains("<script>alert"), path + " let a script through");
                assertFalse(html.contains("<img src=x"), path + " let an element through");
                assertFalse(html.matches("(?s).*<[^>]*\\sonmouseover=.*"), path + " let an attribute through");
                assertFalse(html.matches("(?s).*<[^>]*\\sonerror=.*"), path + " let an attribute through");
                Document d = Jsoup.parse(html);
                assertEquals(0, d.select("script, img, b").size(), path);
            }
            Document measure = Jsoup.parse(given().header("Accept", "text/html").when().get("/measures/evil-measure").asString());
            assertEquals(QUOTE, measure.selectFirst("blockquote").text().replace("\u00a0", " "), "the quote reads as written");
            assertEquals(TITLE, measure.selectFirst("h1").text());
        } finally {
            assertTrue(service.importFrom(Path.of("proposals")).ok());
            try (Stream<Path> all = Files.walk(tmp)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
