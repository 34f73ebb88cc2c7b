package org.concordance.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.concordance.corpus.CorpusService;
import org.concordance.corpus.ScratchCorpus;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An answer is built once per corpus version: the second request for it is the same bytes and
 * headers, without a single SQL statement, in each format and language apart; a new version is
 * built anew.
 */
@QuarkusTest
class ResponseCacheTest {

    @Inject
    ResponseCache cache;

    @Inject
    SessionFactory sessions;

    @Inject
    CorpusService service;

    @BeforeEach
    void empty() {
        cache.clear();
    }

    @Test
    void theSecondRequestIsTheFirstAnswerWithoutTheDatabase() {
        for (String path : new String[] { "/api/measure-types/moratorium", "/api/documents?size=5&sort=title",
                "/zh/measure-types/moratorium", "/documents/fli-pause-letter", "/api/search?q=pause" }) {
            Response first = given().get(path);
            assertEquals(200, first.statusCode(), path);
            long hits = cache.stats().hits();
            sessions.getStatistics().clear();
            Response second = given().get(path);
            assertEquals(0, sessions.getStatistics().getPrepareStatementCount(), path + ": served without SQL");
            assertEquals(hits + 1, cache.stats().hits(), path);
            assertArrayEquals(first.asByteArray(), second.asByteArray(), path);
            assertArrayEquals(first.asByteArray(), given().get(path).asByteArray(), path + ": the kept bytes serve again");
            assertEquals(headers(first), headers(second), path);
            assertTrue(second.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        }
    }

    @Test
    void formatsAndLanguagesAreKeptApart() {
        String json = given().accept("application/json").get("/api/documents?size=3").asString();
        String csv = given().accept("text/csv").get("/api/documents?size=3").asString();
        assertTrue(json.startsWith("{") && !csv.startsWith("{"), csv);
        assertEquals(csv, given().accept("text/csv").get("/api/documents?size=3").asString());
        assertEquals(json, given().accept("application/json").get("/api/documents?size=3").asString());

        Response en = given().header("Accept-Language", "en").get("/measure-types/moratorium");
        Response zh = given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/measure-types/moratorium");
        assertTrue(en.asString().contains("lang=\"en\"") && zh.asString().contains("lang=\"zh"), "both languages built");
        assertEquals(zh.asString(), given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/measure-types/moratorium").asString());
        assertEquals(en.asString(), given().header("Accept-Language", "en").get("/measure-types/moratorium").asString());
        assertTrue(en.header("Vary").contains("Accept-Language"), en.header("Vary"));
    }

    @Test
    void conditionalAndHeadRequestsAreAnsweredFromTheKeptAnswer() {
        Response first = given().get("/api/measure-types");
        String tag = first.header("ETag");
        assertNotNull(tag);
        given().header("If-None-Match", tag).get("/api/measure-types").then().statusCode(304)
                .header("ETag", tag);
        Response head = given().head("/api/measure-types");
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(first.asByteArray().length), head.header("Content-Length"));
        assertEquals(0, head.asByteArray().length);
        assertTrue(cache.stats().hits() >= 2);
    }

    @Test
    void failuresAreNotKept() {
        int before = cache.stats().entries();
        given().get("/api/documents/no-such-document").then().statusCode(404);
        given().get("/api/documents?size=1000").then().statusCode(400);
        given().get("/no-such-page").then().statusCode(404);
        assertEquals(before, cache.stats().entries());
    }

    @Test
    void aNewVersionIsBuiltAnew() {
        String before = given().get("/api/measures/fli-six-month-pause").asString();
        assertEquals(before, given().get("/api/measures/fli-six-month-pause").asString());
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.replace("documents/fli-pause-letter.yaml", "stance: proposes", "stance: supports");
            assertTrue(service.importFrom(c.root).ok());
            String after = given().get("/api/measures/fli-six-month-pause").asString();
            assertNotEquals(before, after, "the new version's answer, not the kept one");
            assertFalse(after.contains("\"stance\":\"proposes\"") && !before.contains("\"stance\":\"supports\""));
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
        assertEquals(before, given().get("/api/measures/fli-six-month-pause").asString(), "the real corpus again");
    }

    private static Map<String, String> headers(Response r) {
        Map<String, String> out = new TreeMap<>();
        r.headers().forEach(h -> {
            // The framing may differ: a kept answer has a Content-Length, a built one may be chunked.
            if (!java.util.Set.of("date", "content-length", "transfer-encoding").contains(h.getName().toLowerCase(java.util.Locale.ROOT))) {
                out.merge(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue(), (a, b) -> a + ", " + b);
            }
        });
        return out;
    }
}
