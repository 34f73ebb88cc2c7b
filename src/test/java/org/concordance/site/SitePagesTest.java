package org.concordance.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** HTML structure of every page type on the real corpus: title, headings, key cells, the frame. */
@QuarkusTest
class SitePagesTest {

    static Document page(String path) {
        return page(path, "en");
    }

    static Document page(String path, String acceptLanguage) {
        String html = given().urlEncodingEnabled(false).header("Accept", "text/html").header("Accept-Language", acceptLanguage).when().get(path)
                .then().statusCode(200).contentType("text/html;charset=UTF-8").extract().asString();
        Document d = Jsoup.parse(html);
        assertFrame(d, path);
        return d;
    }

    /** Every page: one h1, landmarks, JSON twin (head and visible), permalink, cite line, language switch. */
    static void assertFrame(Document d, String path) {
        assertEquals(1, d.select("h1").size(), path + ": one h1");
        assertNotNull(d.selectFirst("header nav"), path + ": nav landmark");
        assertNotNull(d.selectFirst("main#main"), path + ": main landmark");
        assertNotNull(d.selectFirst("footer .cite-text"), path + ": cite line");
        assertNotNull(d.selectFirst("footer a[href*=/en/], footer a[href*=/zh/]"), path + ": permalink");
        assertNotNull(d.selectFirst("#language-switch"), path + ": language switch");
        assertNotNull(d.selectFirst("link[rel=stylesheet][href$=static/site.css]"), path + ": own stylesheet");
        for (Element e : d.select("script[src], link[href^=http], img[src^=http]")) {
            throw new AssertionError(path + ": fetches from elsewhere: " + e);
        }
        if (!path.equals("/about")) {
            Element alt = d.selectFirst("link[rel=alternate][type=application/json]");
            assertNotNull(alt, path + ": JSON twin in head");
            assertNotNull(d.selectFirst("footer a.json[href=" + alt.attr("href") + "]"), path + ": visible JSON link");
            given().accept("application/json").when().get(alt.attr("href")).then().statusCode(200);
        }
    }

    @Test
    void home() {
        Document d = page("/");
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertTrue(d.title().contains("Concordance"));
        assertEquals(6, d.select("#core-h + ul.cards > li").size(), "the six first-class types");
        assertNotNull(d.selectFirst("form[role=search] input[name=q]"));
        assertNotNull(d.selectFirst("svg[role=img] > title"), "chart with a title");
        assertNotNull(d.selectFirst("table.fallback"), "chart has a table fallback");
        assertTrue(d.select("ol.documents a[href=/documents/fli-pause-letter]").size() == 1);
    }

    @Test
    void measureTypeComparesVariantsAndShowsTheCoalition() {
        Document d = page("/measure-types/moratorium");
        assertEquals("Moratorium / pause", d.selectFirst("h1").text());
        Element duration = d.getElementById("parameter-duration-months");
        assertTrue(duration.text().contains("Duration (months)") && duration.text().contains("6")
                && duration.text().contains("indefinite"), duration.text());
        assertTrue(duration.selectFirst("li.strictest").text().startsWith("indefinite"), "the indefinite pause is the strictest");
        assertTrue(duration.hasClass("consensus-differ"));
        Element yudkowsky = d.getElementById("variant-yudkowsky-indefinite-moratorium");
        assertTrue(yudkowsky.selectFirst("td.strictest").text().contains("indefinite"), yudkowsky.text());
        assertTrue(d.select("#coalition-h ~ article.position .stance-opposes").size() >= 2, "opponents listed");
        assertFalse(d.select("article.position blockquote").isEmpty(), "with their evidence");
        assertTrue(d.select("nav.pager").isEmpty(), "one page of variants: no page links");
        Document zh = page("/zh/measure-types/moratorium");
        assertTrue(zh.getElementById("parameter-duration-months").text().contains("期限（月）"));
        assertTrue(zh.getElementById("variant-yudkowsky-indefinite-moratorium").text().contains("无限期"),
                "values in the page's language");
    }

    @Test
    void pagesPastTheEndAre404sAndABadPageNumberIsA400() {
        given().when().get("/measure-types/moratorium?page=2").then().statusCode(404)
                .body(org.hamcrest.Matchers.containsString("it has 1 page"));
        given().when().get("/measure-types/moratorium?page=1").then().statusCode(200);
        given().when().get("/measure-types/moratorium?page=zero").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("page"));
        given().when().get("/measure-types/lottery?page=2").then().statusCode(404);
        given().when().get("/documents?page=2").then().statusCode(404);
        given().when().get("/actors?page=-1").then().statusCode(400);
        // A reader's browser gets pages that say the same, in its language.
        Document past = Jsoup.parse(given().accept("text/html").when().get("/measure-types/moratorium?page=2").then()
                .statusCode(404).contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString());
        assertTrue(past.selectFirst("p.error").text().contains("it has 1 page"), past.text());
        Document bad = Jsoup.parse(given().accept("text/html").header("Accept-Language", "zh-CN").when().get("/documents?page=zero")
                .then().statusCode(400).contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString());
        assertEquals("无法显示此页面", bad.selectFirst("h1").text());
        assertTrue(bad.selectFirst("p.error").text().contains("Parameter 'page'"), bad.text());
    }

    @Test
    void theComparePickerOffersTheNewestAndTheChosenAndTakesAnyBySlug() {
        Document d = page("/compare?documents=fli-pause-letter&documents=idais-ditchley-statement");
        List<String> offered = d.select("form.compare-form input[type=checkbox]").eachAttr("value");
        assertTrue(offered.size() <= 20 + 4, offered.toString());
        assertEquals(List.of("fli-pause-letter", "idais-ditchley-statement"), offered.subList(0, 2), "the chosen first");
        assertEquals(2, d.select("form.compare-form input[type=checkbox][checked]").size());
        assertNotNull(d.selectFirst("form.compare-form input[type=text][name=documents]"), "any other by its slug");
        Document bySlug = page("/compare?documents=fli-pause-letter,+idais-ditchley-statement");
        assertNotNull(bySlug.selectFirst("#similarity"), "slugs typed with a comma and a space");
    }

    @Test
    void measurePage() {
        Document d = page("/measures/fli-six-month-pause");
        assertTrue(d.selectFirst("h1").text().startsWith("Pause of at least six months"));
        assertTrue(d.select("dl.params dt").eachText().contains("Duration (months)"), "parameters by their label");
        assertTrue(d.select("h3 .stance-insufficient").size() == 1, "Yudkowsky's 'not far enough' group");
        Element quote = d.selectFirst("article.position figure.evidence figcaption a");
        assertTrue(quote.attr("href").matches("/documents/[a-z0-9-]+/text#evidence-[a-z0-9.-]+\\.q[0-9a-f]{10}"), quote.attr("href"));
    }

    @Test
    void documentPageWithSourceText() {
        Document d = page("/documents/huxiu-pause-reactions");
        assertNotNull(d.selectFirst("#reported-h"));
        Element ng = d.select("article.position").stream().filter(a -> a.text().contains("Andrew Ng")).findFirst().orElseThrow();
        assertNotNull(ng.selectFirst(".stance-opposes"));
        assertNotNull(ng.selectFirst("blockquote[lang=zh-Hans]"), "Chinese quote marked as Chinese");
        assertNotNull(ng.selectFirst(".translation[lang=en]"), "with its English rendering");
        Document text = page("/documents/fli-pause-letter/text");
        assertTrue(text.selectFirst("li#L116").text().contains("we call on all AI labs"), "line 116 holds the quote");
        Element pause = text.getElementById("evidence-fli-pause-letter.fli-six-month-pause.q6ee037f57e");
        assertNotNull(pause, "each quote has its anchor in the text");
        Element outermost = pause;
        while (outermost.parent().hasClass("anchor")) {
            outermost = outermost.parent(); // quotes starting at one place nest their anchors
        }
        assertEquals("L116", outermost.parent().id());
        Element mark = outermost.nextElementSibling();
        assertTrue(mark.tagName().equals("mark") && mark.text().startsWith("we call on all AI labs")
                && mark.attr("data-quotes").contains("fli-pause-letter.fli-six-month-pause.q6ee037f57e"),
                "the quoted span itself is marked, naming the quotes it belongs to");
        assertTrue(text.select("li#L115 mark").isEmpty(), "only quoted text is marked");
        Document letter = page("/documents/fli-pause-letter");
        assertTrue(letter.select("dl.meta code").text().matches("[0-9a-f]{64}"), "the source text's SHA-256 is shown");
        assertFalse(letter.select("dl.meta .ref").isEmpty(), "metadata the text does not state shows its reference");
    }

    @Test
    void actorPage() {
        Document d = page("/actors/yann-lecun");
        assertEquals("Yann LeCun", d.selectFirst("h1").text());
        assertNotNull(d.selectFirst("#positions-h ~ article.position .stance-opposes"));
        assertTrue(d.select("article.signature").text().contains("declined to sign"));
    }

    @Test
    void comparePageIsAPlainGetForm() {
        Document empty = page("/compare");
        assertEquals("get", empty.selectFirst("form.compare-form").attr("method"));
        assertTrue(empty.select("input[type=checkbox][name=documents]").size() > 5);
        Document d = page("/compare?documents=fli-pause-letter&documents=idais-ditchley-statement");
        assertEquals(2, d.select("input[type=checkbox][checked]").size(), "the choice stays checked");
        assertFalse(d.selectFirst("#similarity").text().isBlank());
        List<String> shared = d.select("#result h4").eachText();
        assertTrue(shared.contains("Third-party audits") && shared.contains("Compute tracking"), shared.toString());
        assertTrue(d.select("#result h3").eachText().stream().anyMatch(t -> t.contains("fli-pause-letter")));
    }

    @Test
    void matrixHeatMapHasTextInEveryCell() {
        Document d = page("/matrix");
        assertNotNull(d.selectFirst("svg#heatmap, svg[aria-labelledby^=heatmap]"));
        Element row = d.select("table.matrix tbody tr").stream().filter(r -> r.text().contains("Pause Giant AI Experiments: An Open Letter"))
                .findFirst().orElseThrow();
        assertTrue(row.text().contains("proposes"), "text, not only colour");
        assertTrue(d.select("svg text").eachText().contains("P"), "letters inside the heat-map cells");
    }

    @Test
    void theHeatMapTakesItsColoursFromTheStyleSheetAndItsWordsFromThePagesLanguage() throws Exception {
        Document zh = page("/zh/matrix");
        Element svg = zh.selectFirst("svg[aria-labelledby^=heatmap]");
        assertNotNull(svg);
        assertTrue(svg.select("rect[fill]").isEmpty(), "no colour is declared in the chart");
        Element proposes = svg.selectFirst("rect.cell-proposes");
        assertNotNull(proposes, "the pause letter proposes: its cell is classed by the stance");
        assertTrue(proposes.selectFirst("title").text().contains("提出"), proposes.selectFirst("title").text());
        assertTrue(svg.select("text.mark-proposes").eachText().contains("提"), "the stance's letter in Chinese");
        String css = given().get("/static/site.css").then().statusCode(200).extract().asString();
        for (org.concordance.position.Stance s : org.concordance.position.Stance.values()) {
            assertTrue(css.contains("--" + s.code() + ":#") && css.contains(".cell-" + s.code() + " { fill:var(--" + s.code() + "); }")
                    && css.contains(".stance-" + s.code() + " { background:var(--" + s.code() + ")"), "site.css colours " + s.code());
        }
    }

    @Test
    void searchPage() {
        Document d = page("/search?q=%E6%9A%82%E5%81%9C");
        List<String> links = d.select("ol.results > li > a").eachAttr("href");
        assertTrue(d.selectFirst("#result-count").text().startsWith(links.size() + " "), d.selectFirst("#result-count").text());
        assertTrue(links.contains("/documents/fli-pause-letter-zh"), links.toString());
        assertTrue(d.select("ol.results .snippet").text().contains("«暂停»"), "matches marked in snippets");
        assertTrue(d.select("ol.results .meta").eachText().contains("quote"), "the kind of hit in words, not its code");
        List<String> zh = page("/zh/search?q=%E6%9A%82%E5%81%9C").select("ol.results .meta").eachText();
        assertTrue(zh.contains("引文") && zh.contains("文件") && !zh.contains("evidence"), zh.toString());
    }

    @Test
    void aboutAndListPages() {
        assertTrue(page("/about").select("dl dt .stance").size() == 8, "every stance defined");
        Document zh = page("/zh/about");
        assertEquals(8, zh.select("section[lang=zh-Hans] dl dt .stance").size(), "every stance defined in Chinese");
        assertTrue(zh.text().contains("沉默本身也是数据") && zh.select("section[lang=en]").isEmpty(), "the about page in Chinese");
        assertTrue(zh.selectFirst(".cite-text").text().contains("数据版本"), zh.selectFirst(".cite-text").text());
        assertTrue(page("/documents").select("table tbody tr").size() > 10);
        assertTrue(page("/actors").select("table tbody tr").size() > 10);
        assertEquals(org.concordance.measure.MeasureType.values().length, page("/measure-types").select("table tbody tr").size());
    }

    @Test
    void helpful404() {
        String html = given().urlEncodingEnabled(false).header("Accept", "text/html").when().get("/measures/no-such-thing").then().statusCode(404)
                .contentType("text/html;charset=UTF-8").extract().asString();
        Document d = Jsoup.parse(html);
        assertEquals("Page not found", d.selectFirst("h1").text());
        assertNotNull(d.selectFirst("main a[href=/]"), "a way back");
        given().header("Accept", "text/html").when().get("/no/such/page").then().statusCode(404).contentType("text/html;charset=UTF-8");
    }

    @Test
    void languageFollowsAcceptLanguageAndThePathOverridesIt() {
        Document zh = page("/measure-types/moratorium", "zh-CN,zh;q=0.9,en;q=0.5");
        assertEquals("zh-Hans", zh.selectFirst("html").attr("lang"));
        assertEquals("暂停", zh.selectFirst("h1").text());
        assertEquals("/en/measure-types/moratorium", zh.selectFirst("#language-switch").attr("href"));
        Document en = page("/en/measure-types/moratorium", "zh-CN");
        assertEquals("Moratorium / pause", en.selectFirst("h1").text(), "the path beats Accept-Language");
        assertTrue(en.select("header nav a").eachAttr("href").stream().filter(h -> h.contains("matrix")).allMatch(h -> h.equals("/en/matrix")),
                "links keep the chosen language");
        Document explicit = page("/zh/actors/andrew-ng", "en");
        assertTrue(explicit.selectFirst("h1").text().startsWith("吴恩达"), "names show the reader's script first");
        assertTrue(explicit.selectFirst("h1").text().contains("Andrew Ng"), "and the other script too");
    }


    @Test
    void searchResultsKeepTheChosenLanguage() {
        Document d = page("/zh/search?q=LeCun", "en");
        assertTrue(d.select("ol.results > li > a").eachAttr("href").stream().allMatch(h -> h.startsWith("/zh/")),
                d.select("ol.results > li > a").eachAttr("href").toString());
    }

    @Test
    void anEncodedPathIsNotDecodedTwice() {
        given().urlEncodingEnabled(false).header("Accept", "text/html").when().get("/en/actors/a%2541").then().statusCode(404);
        given().urlEncodingEnabled(false).header("Accept", "text/html").when().get("/en/%7Bx%7D").then().statusCode(404);
    }

    @Test
    void everyUiStringIsTranslated() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        en.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/messages/messages.properties"), java.nio.charset.StandardCharsets.UTF_8));
        zh.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/messages/messages_zh.properties"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(en.keySet(), zh.keySet(), "the Chinese bundle has exactly the English keys");
    }
}
