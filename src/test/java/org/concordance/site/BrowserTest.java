package org.concordance.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reader's paths in a real headless Chromium (Debian's, never downloaded): from home to a
 * measure type, from a quote to its source line, the compare form, the language switch, and
 * the matrix on a 360-pixel phone. Screenshots go to target/screenshots. Without
 * /usr/bin/chromium the test is skipped loudly, unless -Dconcordance.require-browser=true.
 */
@QuarkusTest
class BrowserTest {

    static final Path CHROMIUM = Paths.get(System.getProperty("concordance.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Paths.get("target/screenshots");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "NO BROWSER: " + CHROMIUM + " is missing, so the browser tests do NOT run (apt-get install chromium).";
            if (Boolean.getBoolean("concordance.require-browser")) {
                throw new AssertionError(message);
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    Page open(String path, int width) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setLocale("en-GB")).newPage();
        page.navigate(base.toString().replaceAll("/$", "") + path);
        return page;
    }

    void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void fromHomeToAMeasureTypeAndFromAQuoteToItsSpanInTheSource() {
        Page page = open("/en/", 1280);
        assertTrue(page.locator("h1").isVisible());
        shot(page, "01-home");
        page.locator("ul.cards a", new Page.LocatorOptions().setHasText("Moratorium / pause")).click();
        assertEquals("Moratorium / pause", page.locator("h1").textContent());
        Locator strictest = page.locator("table.compare.variants td.strictest").first();
        assertTrue(strictest.isVisible() && strictest.textContent().contains("indefinite"), "which moratorium is longest");
        Locator duration = page.locator("table.compare.parameters #parameter-duration-months");
        assertTrue(duration.locator("li.strictest").textContent().startsWith("indefinite"), "the strictest value across the variants");
        assertTrue(duration.textContent().contains("6"), "and the six months of the pause letter");
        shot(page, "02-measure-type-moratorium");
        Locator locator = page.locator("figure.evidence figcaption a").first();
        String quote = page.locator("figure.evidence blockquote").first().textContent().strip();
        locator.click();
        page.waitForURL("**/text#evidence-*");
        String id = java.net.URLDecoder.decode(page.url().replaceAll(".*#", ""), java.nio.charset.StandardCharsets.UTF_8);
        String outermost = "id => { let a = document.getElementById(id); while (a && a.parentElement.classList.contains('anchor')) "
                + "a = a.parentElement; return a; }";
        String marked = (String) page.evaluate("id => { const a = (" + outermost + ")(id); "
                + "return a && a.nextElementSibling && a.nextElementSibling.tagName === 'MARK' ? a.nextElementSibling.textContent : null; }", id);
        assertTrue(marked != null, "the quote's anchor is followed by its highlighted span: " + id);
        String normalQuote = quote.replaceAll("(?U)\\s+", " ");
        assertTrue(marked.replaceAll("(?U)\\s+", " ").startsWith(normalQuote.substring(0, Math.min(20, normalQuote.length())))
                || normalQuote.startsWith(marked.replaceAll("(?U)\\s+", " ")), "the highlighted span is the quote: " + marked + " / " + quote);
        assertEquals("rgb(255, 213, 79)", page.evaluate("id => { const a = (" + outermost + ")(id); "
                + "return getComputedStyle(a.nextElementSibling).backgroundColor; }", id),
                "the targeted quote stands out from the other highlighted quotes");
        assertEquals("rgb(255, 243, 176)", page.evaluate("() => { const m = [...document.querySelectorAll('.source-text mark')]"
                + ".find(m => getComputedStyle(m).backgroundColor !== 'rgb(255, 213, 79)'); return m ? getComputedStyle(m).backgroundColor : null; }"),
                "the other quotes keep the plain highlight");
        shot(page, "03-source-at-quote");
    }

    @Test
    void whoOpposedThePauseAndWhy() {
        Page page = open("/en/measures/fli-six-month-pause", 1280);
        Locator opposes = page.locator("h3:has(.stance-opposes)");
        assertTrue(opposes.isVisible());
        String text = page.locator("main").textContent();
        assertTrue(text.contains("Andrew Ng") && text.contains("Yann LeCun"), "the opponents are named");
        assertTrue(page.locator("article.position:has-text('Andrew Ng') .translation").first().isVisible(), "with their reasons in English");
        shot(page, "04-who-opposed-the-pause");
    }

    @Test
    void compareTheDitchleyStatementWithThePauseLetter() {
        Page page = open("/en/compare", 1280);
        page.locator("input[value=fli-pause-letter]").check();
        page.locator("input[value=idais-ditchley-statement]").check();
        page.locator("#compare-submit").click();
        page.waitForURL("**/compare?**");
        assertTrue(page.url().contains("documents=fli-pause-letter") && page.url().contains("documents=idais-ditchley-statement"),
                "a shareable link: " + page.url());
        assertTrue(page.locator("#similarity").isVisible());
        List<String> shared = page.locator("#result h4").allTextContents();
        assertTrue(shared.contains("Third-party audits") && shared.contains("Compute tracking"), shared.toString());
        assertTrue(page.locator("#result table.compare").first().isVisible(), "parameter differences shown");
        shot(page, "05-compare-ditchley-and-pause-letter");
    }

    @Test
    void switchToChineseAndBack() {
        Page page = open("/en/measure-types/moratorium", 1280);
        page.locator("#language-switch").click();
        page.waitForURL("**/zh/measure-types/moratorium");
        assertEquals("zh-Hans", page.locator("html").getAttribute("lang"));
        assertEquals("暂停", page.locator("h1").textContent());
        assertTrue(page.locator("header nav").textContent().contains("措施类型"));
        shot(page, "06-chinese");
        page.locator("header nav a[href$='/zh/matrix']").click();
        page.waitForURL("**/zh/matrix");
        assertEquals("zh-Hans", page.locator("html").getAttribute("lang"), "the choice is kept in links");
        page.locator("#language-switch").click();
        page.waitForURL("**/en/matrix");
        assertEquals("en", page.locator("html").getAttribute("lang"));
    }

    @Test
    void matrixOnAPhone() {
        Page page = open("/en/matrix", 360);
        assertTrue(page.locator("table.matrix").isVisible());
        assertTrue(page.locator("svg[aria-labelledby^=heatmap]").isVisible());
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow.intValue() <= 0, "the page itself does not scroll sideways at 360px (" + overflow + "px)");
        assertTrue(page.locator("table.matrix td.stance-proposes").first().textContent().contains("proposes"),
                "cells carry text, not only colour");
        shot(page, "07-matrix-360px");
    }
}
