package org.concordance.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Browser security headers, API paths without variants, and links that never name the Host a client sent. */
@QuarkusTest
class HeadersAndPathsTest {

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] { "/en/", "/api/documents", "/static/site.css", "/documents/fli-pause-letter/text",
                "/api/no-such-thing", "/q/health/ready" }) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
        }
    }

    @Test
    void theApiHasNoLanguageNoDoubledAndNoTrailingSlash() {
        for (String path : new String[] { "/zh/api/admin/corpus/import", "/en/api/admin/corpus/import", "//api/admin/corpus/import",
                "/api/admin/corpus/import/", "/api//admin/corpus/import" }) {
            given().header("Authorization", "Bearer test-admin-token").post(path).then().statusCode(404)
                    .contentType(containsString("application/problem+json"));
        }
        given().get("/zh/api/documents").then().statusCode(404);
        for (String path : new String[] { "/api;x/admin/corpus/import", "/api/admin;x/corpus/import", "/api/admin/corpus/import;x=1",
                "/api/%61dmin/corpus/import", "/%61pi/admin/corpus/import", "/api/admin/corpus/%69mport", "/api/%2E/admin/corpus/import",
                "/api/./admin/corpus/import", "/api/admin/../admin/corpus/import", "/zh/../api/admin/corpus/import",
                "/q/../api/admin/corpus/import", "/./api/admin/corpus/import" }) {
            given().urlEncodingEnabled(false).header("Authorization", "Bearer test-admin-token").post(path).then()
                    .statusCode(404).contentType(containsString("application/problem+json"));
        }
        given().get("/api/documents/").then().statusCode(404).contentType(containsString("application/problem+json"));
        given().get("/zh/documents/fli-pause-letter").then().statusCode(200); // pages keep their language prefix
    }

    @Test
    void aMethodNotAllowedSaysWhichAre() {
        given().delete("/api/documents").then().statusCode(405).header("Allow", equalTo("GET, HEAD"))
                .contentType(containsString("application/problem+json"));
        given().get("/api/admin/corpus/import").then().statusCode(405).header("Allow", equalTo("POST"));
    }

    @Test
    void linkHeadersAreRelativeWhateverTheHost() {
        java.util.List<String> links = given().header("Host", "evil.example").get("/api/positions?size=5").then().statusCode(200)
                .extract().headers().getValues("Link");
        org.junit.jupiter.api.Assertions.assertTrue(links.contains("</api/positions?size=5&page=2>; rel=\"next\""), links.toString());
        org.junit.jupiter.api.Assertions.assertTrue(links.stream().noneMatch(l -> l.contains("evil.example") || l.contains("://")),
                links.toString());
    }

    @Test
    void anEmptyAcceptHeaderIsNoAcceptHeader() {
        // (An undecodable address, which no client library sends, is in BadInputTest's raw requests.)
        given().header("Accept", "").get("/api/documents").then().statusCode(200).header("ETag", not(nullValue()));
    }
}
