package org.concordance.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, OpenAPI and the guarded on-demand import, as an operator reaches them over HTTP. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsTheLoadedCorpus() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("corpus"))
                .body("checks.find { it.name == 'corpus' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'corpus' }.data.documents", greaterThan(0))
                .body("checks.find { it.name == 'corpus' }.data.evidence", greaterThan(0));
    }

    @Test
    void openApiDescribesTheApi() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/admin/corpus/import"));
    }

    @Test
    void openApiDocumentsEveryEndpointAndSwaggerUiIsServed() {
        io.restassured.response.Response spec = given().accept("application/json").when().get("/q/openapi");
        spec.then().statusCode(200);
        for (String path : java.util.List.of("/api/documents", "/api/documents/{slug}", "/api/measures", "/api/measures/{slug}",
                "/api/measures/{slug}/coalition", "/api/measure-types", "/api/measure-types/{type}", "/api/actors",
                "/api/actors/{slug}", "/api/actors/{slug}/agreement/{other}", "/api/positions", "/api/signatures",
                "/api/compare", "/api/matrix", "/api/search", "/api/documents/{slug}/text")) {
            String summary = spec.jsonPath().getString("paths.'" + path + "'.get.summary");
            org.junit.jupiter.api.Assertions.assertNotNull(summary, path + " has a summary");
            org.junit.jupiter.api.Assertions.assertNotNull(spec.jsonPath().getString("paths.'" + path + "'.get.description"),
                    path + " has a description");
        }
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        java.util.Map<String, Object> selector = spec.jsonPath().getMap("components.schemas.Selector.properties");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("exact", "prefix", "suffix", "start", "end", "text",
                "textSha256"), selector.keySet(), "the evidence selector is described");
        org.junit.jupiter.api.Assertions.assertNotNull(spec.jsonPath().get("components.schemas.EvidenceView.properties.selector"));
        org.junit.jupiter.api.Assertions.assertNotNull(spec.jsonPath().get("components.schemas.EvidenceView.properties.id"));
    }

    @Test
    void adminImportNeedsTheToken() {
        given().when().post("/api/admin/corpus/import").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().post("/api/admin/corpus/import").then().statusCode(401);
        given().header("Authorization", "Bearer test-admin-token").when().post("/api/admin/corpus/import").then()
                .statusCode(200).body("ok", equalTo(true)).body("changed", equalTo(false));
    }
}
