package org.concordance.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No N+1: every engine and list endpoint issues the same number of SQL statements whether the
 * corpus is the real one or grown by many documents, positions, evidence and signatures. What is
 * kept per version (answers, type counts) is forgotten before each request: building is counted.
 */
@QuarkusTest
class StatementCountTest {

    static final List<String> ENDPOINTS = List.of(
            "/api/measure-types", "/api/measure-types/moratorium", "/api/measures/fli-six-month-pause",
            "/api/measures/fli-six-month-pause/coalition", "/api/compare?documents=fli-pause-letter,idais-ditchley-statement",
            "/api/matrix?size=100", "/api/documents/fli-pause-letter", "/api/actors/andrew-ng",
            "/api/actors/andrew-ng/agreement/yann-lecun", "/api/positions?size=100", "/api/signatures?size=100",
            "/api/documents?size=100", "/api/actors?size=100", "/api/measures?size=100",
            "/api/measure-types/moratorium?size=1&page=2",
            // the pages, each its own reads (no page calls a REST resource)
            "/", "/measure-types", "/measure-types/moratorium", "/measures/fli-six-month-pause", "/documents",
            "/documents/fli-pause-letter", "/actors", "/actors/andrew-ng", "/matrix",
            "/compare?documents=fli-pause-letter,idais-ditchley-statement", "/compare");

    static final int GENERATED = 30;

    @Inject
    SessionFactory sessions;

    /** Emptied before each request: what is counted is what building the answer costs. */
    @Inject
    org.concordance.web.ResponseCache cache;

    @Inject
    org.concordance.measure.MeasureQueries measures;

    @Inject
    CorpusService service;

    @Inject
    DatabaseFingerprint fingerprint;

    @Test
    void statementsDoNotGrowWithTheData() {
        Map<String, Long> small = counts();
        long positionsBefore = fingerprint.count("position");
        try (ScratchCorpus c = ScratchCorpus.copyOfReal()) {
            StringBuilder letterSupports = new StringBuilder();
            for (int i = 1; i <= GENERATED; i++) {
                c.write("documents/gen-" + i + ".yaml", generated(i));
                letterSupports.append("  - measure: gen-").append(i).append("-pause\n    stance: supports\n    evidence:\n")
                        .append("      - quote: \"we call on all AI labs\"\n        lines: 116\n");
            }
            c.replace("documents/fli-pause-letter.yaml", "\npositions:\n", "\npositions:\n" + letterSupports);
            CorpusService.Outcome grown = service.importFrom(c.root);
            assertEquals(List.of(), grown.problems());
            assertTrue(fingerprint.count("position") >= positionsBefore + 4L * GENERATED);
            Map<String, Long> big = counts();
            assertEquals(small, big, "SQL statements per endpoint, real corpus vs grown corpus");
            // The static export's batches: the details of every document, measure or actor cost what one costs
            // (one that has every part: a part that is empty for the whole batch is not asked for).
            List<String> docs = query("select d.slug from Document d order by d.slug");
            List<String> measureSlugs = query("select m.slug from Measure m order by m.slug");
            List<String> actorSlugs = query("select a.slug from Actor a order by a.slug");
            assertTrue(docs.size() > GENERATED && measureSlugs.size() > GENERATED && actorSlugs.size() > 20);
            assertEquals(statements(() -> documents.details(List.of("fli-pause-letter"))), statements(() -> documents.details(docs)),
                    "document details: one vs " + docs.size());
            assertEquals(statements(() -> measures.details(List.of("fli-six-month-pause"))), statements(() -> measures.details(measureSlugs)),
                    "measure details: one vs " + measureSlugs.size());
            assertEquals(statements(() -> actors.details(List.of("yoshua-bengio"))), statements(() -> actors.details(actorSlugs)),
                    "actor details: one vs " + actorSlugs.size());
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    @Inject
    org.concordance.document.DocumentQueries documents;

    @Inject
    org.concordance.actor.ActorQueries actors;

    @Inject
    jakarta.persistence.EntityManager em;

    private List<String> query(String jpql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createQuery(jpql, String.class).getResultList());
    }

    /** The statements one read prepares, in a transaction of its own. */
    private long statements(Runnable read) {
        sessions.getStatistics().clear();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(read);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String endpoint : ENDPOINTS) {
            cache.clear();
            measures.forgetTypes();
            sessions.getStatistics().clear();
            given().when().get(endpoint).then().statusCode(200);
            counts.put(endpoint, sessions.getStatistics().getPrepareStatementCount());
        }
        return counts;
    }

    private static String generated(int i) {
        return """
                slug: gen-%1$d
                kind: statement
                language: en
                title:
                  en: Generated statement %1$d
                published: 2024-01-%2$02d
                source-text: 000_a0276081686ee7c4.txt
                measures:
                  - slug: gen-%1$d-pause
                    type: moratorium
                    name:
                      en: Generated pause %1$d
                    parameters:
                      duration-months: %1$d
                positions:
                  - measure: gen-%1$d-pause
                    stance: proposes
                    evidence:
                      - quote: "we call on all AI labs"
                        lines: 116
                      - quote: "This pause should be public and verifiable"
                        lines: 117
                  - measure: fli-six-month-pause
                    stance: supports
                    evidence:
                      - quote: "we call on all AI labs"
                        lines: 116
                  - measure: fli-six-month-pause
                    actor: andrew-ng
                    stance: opposes
                    evidence:
                      - quote: "we call on all AI labs"
                        lines: 116
                  - measure: gen-%1$d-pause
                    actor: yann-lecun
                    stance: opposes
                    evidence:
                      - quote: "we call on all AI labs"
                        lines: 116
                signatures:
                  - actor: yoshua-bengio
                    role: signed
                    evidence:
                      - quote: "we call on all AI labs"
                        lines: 116
                """.formatted(i, (i % 28) + 1);
    }
}
