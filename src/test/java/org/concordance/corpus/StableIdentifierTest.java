package org.concordance.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Positions, signatures and evidence are identified by what they are in the corpus, not by
 * database sequences: import, change an unrelated document, import again, and every unchanged
 * item keeps its identifier and its permalink, though every row was written anew.
 */
@QuarkusTest
class StableIdentifierTest {

    static final String PERMALINK = "fli-pause-letter.fli-six-month-pause";

    @Inject
    CorpusService service;

    @Inject
    EntityManager em;

    @Test
    void reimportingAChangedCorpusKeepsEveryUnchangedIdentifierAndPermalink() {
        Map<String, Long> before = ids();
        String page = "/en/measures/fli-six-month-pause";
        assertTrue(given().get(page).then().statusCode(200).extract().asString().contains("id=\"position-" + PERMALINK + "\""),
                "the permalink anchor is on the measure page");
        String evidenceId = given().get("/api/measures/fli-six-month-pause").then().statusCode(200).extract()
                .path("positions.find { it.id == '" + PERMALINK + "' }.evidence[0].id");
        assertTrue(evidenceId.startsWith(PERMALINK + ".q"), evidenceId);
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            // An unrelated change: a new document with its own measure and position.
            c.write("documents/test-doc.yaml", CorpusRefusalTest.VALID);
            assertTrue(service.importFrom(c.root).changed(), "the changed corpus is written");
            Map<String, Long> after = ids();
            TreeSet<String> added = new TreeSet<>(after.keySet());
            added.removeAll(before.keySet());
            assertEquals(new TreeSet<>(List.of("position test-doc.test-pause",
                    "evidence test-doc.test-pause.q" + Keys.hash("test-doc\nwe call on all AI labs").substring(0, 10))), added,
                    "only the new document's items are new");
            assertTrue(after.keySet().containsAll(before.keySet()), "no identifier of an unchanged item is lost");
            before.forEach((key, row) -> assertNotEquals(row, after.get(key),
                    key + " was written anew (a new row id), yet keeps its identifier"));
            assertTrue(given().get(page).then().statusCode(200).extract().asString()
                    .contains("id=\"position-" + PERMALINK + "\""), "the permalink still works");
            assertEquals(evidenceId, given().get("/api/measures/fli-six-month-pause").then().statusCode(200).extract()
                    .path("positions.find { it.id == '" + PERMALINK + "' }.evidence[0].id"));
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    /** Every stable identifier with its current database row id. */
    private Map<String, Long> ids() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new TreeMap<>();
            for (String table : List.of("position", "signature", "evidence")) {
                for (Object row : em.createNativeQuery("select stable_id, id from " + table).getResultList()) {
                    Object[] r = (Object[]) row;
                    out.put(table + " " + r[0], ((Number) r[1]).longValue());
                }
            }
            return out;
        });
    }
}
