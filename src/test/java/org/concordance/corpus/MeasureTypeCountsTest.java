package org.concordance.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The measure-type counts are kept per corpus version (aggregates over every position): each version counts its own. */
@QuarkusTest
class MeasureTypeCountsTest {

    @Inject
    CorpusService service;

    @Test
    void aNewDocumentsMeasureIsCountedInTheNextVersion() {
        int before = measures(given().get("/api/measure-types"));
        assertEquals(before, measures(given().accept("application/json").get("/api/measure-types")), "the kept counts, for another address");
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID);
            assertTrue(service.importFrom(c.root).ok());
            assertEquals(before + 1, measures(given().get("/api/measure-types")), "the new document's measure counts");
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
        assertEquals(before, measures(given().get("/api/measure-types")), "and no longer once it is gone");
    }

    private static int measures(Response types) {
        List<Integer> counts = types.then().statusCode(200).extract().path("items.measures");
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
