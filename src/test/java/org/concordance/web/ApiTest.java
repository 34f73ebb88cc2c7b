package org.concordance.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every API endpoint on the real corpus: status, content type and the facts in the body. */
@QuarkusTest
class ApiTest {

    @Test
    void documentsListIsPagedWithTotalAndLinks() {
        Response r = given().when().get("/api/documents?size=5&sort=slug");
        String links = String.join(", ", r.headers().getValues("Link"));
        for (String rel : java.util.List.of("first", "next", "last")) {
            org.junit.jupiter.api.Assertions.assertTrue(links.contains("rel=\"" + rel + "\""), links);
        }
        org.junit.jupiter.api.Assertions.assertFalse(links.contains("rel=\"prev\""), "no prev on page 1: " + links);
        r.then().statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", notNullValue())
                .body("items", hasSize(5)).body("page", equalTo(1)).body("size", equalTo(5))
                .body("total", greaterThan(5))
                .body("items[0].slug", equalTo("altman-good-agi-tweet"))
                .body("items[0].html", equalTo("/documents/altman-good-agi-tweet"));
    }

    @Test
    void documentsFilterByLanguageKindDateAndMeasureType() {
        given().when().get("/api/documents?language=zh&size=100").then().statusCode(200)
                .body("items.language", everyItem(equalTo("zh")))
                .body("items.slug", hasItems("fli-pause-letter-zh", "huxiu-pause-reactions"));
        given().when().get("/api/documents?measure-type=shutdown-red-lines").then().statusCode(200)
                .body("items.slug", equalTo(java.util.List.of("idais-ditchley-statement")));
        given().when().get("/api/documents?kind=open-letter").then().statusCode(200)
                .body("items.slug", equalTo(java.util.List.of("fli-pause-letter")));
        given().when().get("/api/documents?from=2023-11-01&to=2023-11-30").then().statusCode(200)
                .body("items.slug", hasItem("idais-ditchley-report-zh"))
                .body("items.published", everyItem(startsWith("2023-11")));
    }

    /** Dates in order (oldest or newest first), the undated after every dated one. */
    static void datedThenUndated(java.util.List<String> dates, boolean newestFirst) {
        int firstNull = dates.indexOf(null);
        java.util.List<String> dated = firstNull < 0 ? dates : dates.subList(0, firstNull);
        org.junit.jupiter.api.Assertions.assertTrue(firstNull < 0 || dates.subList(firstNull, dates.size()).stream()
                .allMatch(java.util.Objects::isNull), "the undated last: " + dates);
        java.util.List<String> sorted = new java.util.ArrayList<>(dated);
        sorted.sort(newestFirst ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        org.junit.jupiter.api.Assertions.assertEquals(sorted, dated, "in date order");
    }

    @Test
    void positionsGoByDateEitherWayWithTheUndatedLast() {
        java.util.List<String> oldest = given().when().get("/api/positions?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.date");
        org.junit.jupiter.api.Assertions.assertTrue(oldest.contains(null) && oldest.stream().anyMatch(java.util.Objects::nonNull),
                "the bundled corpus has dated and undated positions: " + oldest);
        datedThenUndated(oldest, false);
        datedThenUndated(given().when().get("/api/positions?size=100&sort=-date").then().statusCode(200).extract()
                .jsonPath().getList("items.date"), true);
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            paged.addAll(given().when().get("/api/positions?size=25&page=" + p).then().statusCode(200).extract()
                    .jsonPath().getList("items.id"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(given().when().get("/api/positions?size=100").then().extract()
                .jsonPath().getList("items.id"), paged, "pages follow one order");
    }

    @Test
    void newestFirstPutsUndatedDocumentsLast() {
        Response r = given().when().get("/api/documents?size=100&sort=-published");
        r.then().statusCode(200);
        java.util.List<String> dates = r.jsonPath().getList("items.published");
        int firstNull = dates.indexOf(null);
        org.junit.jupiter.api.Assertions.assertTrue(firstNull > 0, "dated documents first: " + dates);
        org.junit.jupiter.api.Assertions.assertTrue(dates.subList(firstNull, dates.size()).stream().allMatch(java.util.Objects::isNull));
    }

    @Test
    void documentDetailHasMeasuresPositionsEvidenceAndLinks() {
        given().when().get("/api/documents/fli-pause-letter").then().statusCode(200)
                .body("document.titleEn", containsString("Pause Giant AI Experiments"))
                .body("measures.measure.slug", hasItem("fli-six-month-pause"))
                .body("measures.find { it.measure.slug == 'fli-six-month-pause' }.parameters.durationMonths", equalTo(6))
                .body("positions.find { it.measure.slug == 'fli-six-month-pause' }.stance", equalTo("proposes"))
                .body("positions.find { it.measure.slug == 'fli-six-month-pause' }.evidence[0].quote",
                        containsString("immediately pause for at least 6 months"))
                .body("positions.find { it.measure.slug == 'fli-six-month-pause' }.evidence[0].lineStart", equalTo(116))
                .body("links.find { it.relation == 'translation-of' }.document.slug", equalTo("fli-pause-letter-zh"))
                .body("links.find { it.relation == 'translation-of' }.direction", equalTo("incoming"));
        given().when().get("/api/documents/huxiu-pause-reactions").then().statusCode(200)
                .body("positions", hasSize(0))
                .body("actorPositions.holder.slug", hasItems("andrew-ng", "yann-lecun", "geoffrey-hinton"))
                .body("actorPositions.find { it.holder.slug == 'andrew-ng' && it.measure.slug == 'fli-six-month-pause' }"
                        + ".evidence[0].translationEn", notNullValue());
    }

    @Test
    void measuresListAndDetailWithCoalition() {
        given().when().get("/api/measures?type=moratorium").then().statusCode(200)
                .body("items.slug", hasItems("fli-six-month-pause", "yudkowsky-indefinite-moratorium"))
                .body("items.type", everyItem(equalTo("moratorium")));
        given().when().get("/api/measures/fli-six-month-pause").then().statusCode(200)
                .body("measure.type", equalTo("moratorium"))
                .body("parameters.capabilityThreshold", containsString("GPT-4"))
                .body("statedIn.slug", equalTo("fli-pause-letter"))
                .body("coalition.groups.find { it.stance == 'opposes' }.members.holder.slug", hasItems("andrew-ng", "yann-lecun"))
                .body("coalition.groups.find { it.stance == 'insufficient' }.members.holder.slug", hasItem("eliezer-yudkowsky"))
                .body("coalition.groups.find { it.stance == 'no-position' }.members.holder.slug", not(hasItems("geoffrey-hinton")))
                .body("coalition.reported.holder.slug", hasItems("geoffrey-hinton", "sam-altman"))
                .body("coalition.reported.reportedBy.slug", hasItems("xinzhiyuan"))
                .body("coalition.reported.basis", everyItem(equalTo("reported")));
        given().when().get("/api/measures/fli-six-month-pause/coalition").then().statusCode(200)
                .body("groups", hasSize(8)).body("groups[0].stance", equalTo("proposes"))
                .body("groups.find { it.stance == 'opposes' }.members[0].evidence[0].quote", notNullValue());
    }

    @Test
    void measureTypesAndTheTypeComparison() {
        given().when().get("/api/measure-types").then().statusCode(200)
                .body("items", hasSize(org.concordance.measure.MeasureType.values().length)).body("items.findAll { it.core }", hasSize(6))
                .body("items.find { it.type == 'moratorium' }.measures", greaterThan(1));
        given().when().get("/api/measure-types/moratorium").then().statusCode(200)
                .body("variants.items.measure.slug", hasItems("fli-six-month-pause", "yudkowsky-indefinite-moratorium"))
                .body("variants.page", equalTo(1)).body("variants.total", greaterThan(1))
                .body("parameters.find { it.parameter == 'duration-months' }.ordered", equalTo(true))
                .body("parameters.find { it.parameter == 'duration-months' }.consensus", equalTo("differ"))
                .body("parameters.find { it.parameter == 'duration-months' }.strictest.value", equalTo("unbounded"))
                .body("parameters.find { it.parameter == 'duration-months' }.strictest.examples",
                        equalTo(java.util.List.of("yudkowsky-indefinite-moratorium")))
                .body("variants.items.find { it.measure.slug == 'yudkowsky-indefinite-moratorium' }.strictestOn",
                        hasItem("duration-months"))
                .body("parameters.find { it.parameter == 'includes-governments-and-militaries' }.consensus", equalTo("partial"))
                .body("coalition.stance", hasItem("opposes"))
                .body("coalition.find { it.stance == 'opposes' }.total", greaterThan(1))
                .body("coalition.find { it.stance == 'opposes' }.shown.evidence.flatten()", not(empty()))
                .body("coalition.find { it.stance == 'opposes' }.all",
                        equalTo("/api/positions?measure-type=moratorium&stance=opposes&basis=direct,signature"));
        // The group's count and its "all" list agree; the variants come a page at a time.
        int opposes = given().when().get("/api/measure-types/moratorium").path("coalition.find { it.stance == 'opposes' }.total");
        given().when().get("/api/positions?measure-type=moratorium&stance=opposes&basis=direct,signature").then()
                .statusCode(200).body("total", equalTo(opposes));
        given().when().get("/api/measure-types/moratorium?size=1&page=2").then().statusCode(200)
                .body("variants.items", hasSize(1)).body("variants.page", equalTo(2)).body("variants.size", equalTo(1));
        problem("/api/measure-types/moratorium?size=500", 400).body("parameter", equalTo("size"));
        problem("/api/positions?basis=direct,,signature", 400).body("parameter", equalTo("basis"));
        given().when().get("/api/measure-types/third-party-audit").then().statusCode(200)
                .body("variants.items.measure.slug", hasItems("fli-auditing-certification", "idais-third-party-audits"));
    }

    @Test
    void actorsListDetailAndAgreement() {
        given().when().get("/api/actors?kind=organisation&size=100").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("organisation")))
                .body("items.slug", hasItem("future-of-life-institute"));
        given().when().get("/api/actors/yann-lecun").then().statusCode(200)
                .body("actor.nameEn", equalTo("Yann LeCun"))
                .body("positions.find { it.measure.slug == 'fli-six-month-pause' }.stance", equalTo("opposes"))
                .body("signatures.find { it.document == 'fli-pause-letter' }.role", equalTo("declined"))
                .body("contradictions", hasSize(0));
        given().when().get("/api/actors/andrew-ng/agreement/yann-lecun").then().statusCode(200)
                .body("shared", greaterThan(0)).body("score", equalTo(1.0f));
        given().when().get("/api/actors/andrew-ng/agreement/eliezer-yudkowsky").then().statusCode(200)
                .body("measures.find { it.measure == 'fli-six-month-pause' }.agree", equalTo(false));
    }

    @Test
    void positionsFilteredEveryWay() {
        given().when().get("/api/positions?measure=fli-six-month-pause&stance=opposes&size=100").then().statusCode(200)
                .body("items.holder.slug", hasItems("andrew-ng", "yann-lecun"))
                .body("items.stance", everyItem(equalTo("opposes")));
        given().when().get("/api/positions?holder=document&measure-type=shutdown-red-lines").then().statusCode(200)
                .body("items.holder.kind", everyItem(equalTo("document")))
                .body("items.holder.slug", hasItem("idais-ditchley-statement"));
        given().when().get("/api/positions?actor=eliezer-yudkowsky&measure=fli-six-month-pause").then().statusCode(200)
                .body("items.stance", equalTo(java.util.List.of("insufficient")));
        given().when().get("/api/positions?basis=signature&size=100").then().statusCode(200)
                .body("items.basis", everyItem(equalTo("signature"))).body("items.via", everyItem(notNullValue()));
        given().when().get("/api/positions?language=zh&from=2023-03-30&to=2023-03-30&size=100").then().statusCode(200)
                .body("items.date", everyItem(equalTo("2023-03-30")));
    }

    @Test
    void signaturesFiltered() {
        given().when().get("/api/signatures?document=fli-pause-letter&role=signed").then().statusCode(200)
                .body("items.actor.slug", hasItems("yoshua-bengio", "gary-marcus"))
                .body("items.actor.slug", not(hasItem("yann-lecun")));
        given().when().get("/api/signatures?actor=yann-lecun").then().statusCode(200)
                .body("items[0].role", equalTo("declined")).body("items[0].evidence[0].quote", notNullValue());
    }

    @Test
    void compareTheDitchleyStatementWithThePauseLetter() {
        given().when().get("/api/compare?documents=fli-pause-letter,idais-ditchley-statement").then().statusCode(200)
                .body("documents.slug", equalTo(java.util.List.of("fli-pause-letter", "idais-ditchley-statement")))
                .body("comparison.shared.type", hasItems("third-party-audit", "compute-tracking"))
                .body("comparison.unique.find { it.document == 'fli-pause-letter' }.types", hasItem("moratorium"))
                .body("comparison.unique.find { it.document == 'idais-ditchley-statement' }.types", hasItem("shutdown-red-lines"))
                .body("comparison.similarity", greaterThan(0f))
                .body("comparison.formula", containsString("Jaccard"));
        given().when().get("/api/compare?documents=fli-pause-letter&documents=idais-ditchley-statement&documents=yudkowsky-time-op-ed")
                .then().statusCode(200).body("comparison.pairs", hasSize(3));
    }

    @Test
    void matrixAsJsonAndCsv() {
        given().when().get("/api/matrix?size=100").then().statusCode(200)
                .body("types", hasSize(org.concordance.measure.MeasureType.values().length))
                .body("rows.find { it.document.slug == 'fli-pause-letter' }.cells.find { it.type == 'moratorium' }.stance",
                        equalTo("proposes"))
                .body("rows.find { it.document.slug == 'intl-ai-safety-report-interim' }.cells.findAll { it.stance != null }.stance",
                        everyItem(equalTo("discusses")));
        String csv = given().accept("text/csv").when().get("/api/matrix?size=100").then().statusCode(200)
                .contentType(containsString("text/csv")).contentType(containsString("UTF-8")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("document,title,moratorium,compute-tracking,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.lines().anyMatch(l -> l.startsWith("fli-pause-letter,") && l.contains("proposes (")), csv);
    }

    @Test
    void csvForListsByAcceptOrSuffixInUtf8() {
        String byAccept = given().accept("text/csv").when().get("/api/positions?measure=fli-six-month-pause&size=100")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        String bySuffix = given().when().get("/api/positions.csv?measure=fli-six-month-pause&size=100")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(byAccept, bySuffix);
        org.junit.jupiter.api.Assertions.assertTrue(byAccept.startsWith("id,measure.slug,measure.type,"), byAccept);
        org.junit.jupiter.api.Assertions.assertTrue(byAccept.contains("吴恩达"), "Chinese survives as UTF-8");
        given().when().get("/api/documents.csv").then().statusCode(200).body(startsWith("slug,kind,language,title-en,"));
        given().when().get("/api/signatures.csv").then().statusCode(200).body(containsString("yann-lecun"));
        given().when().get("/api/measures.csv?type=moratorium").then().statusCode(200).body(containsString("fli-six-month-pause"));
        given().when().get("/api/actors.csv").then().statusCode(200).body(containsString("andrew-ng"));
    }

    @Test
    void etagAndConditionalGet() {
        Response first = given().when().get("/api/measure-types/moratorium");
        String etag = first.header("ETag");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age")).header("Vary", containsString("Accept"));
        org.junit.jupiter.api.Assertions.assertNotNull(etag);
        given().header("If-None-Match", etag).when().get("/api/measure-types/moratorium").then().statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "\"something-else\"").when().get("/api/measure-types/moratorium").then().statusCode(200);
        String csvTag = given().accept("text/csv").when().get("/api/positions").header("ETag");
        String jsonTag = given().when().get("/api/positions").header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(csvTag, jsonTag, "each representation has its own tag");
    }

    @Test
    void badParametersAreNamed() {
        problem("/api/positions?stance=endorses", 400).body("parameter", equalTo("stance"))
                .body("detail", containsString("proposes, supports"));
        problem("/api/documents?from=2023-13-01", 400).body("parameter", equalTo("from"));
        problem("/api/documents?size=1000", 400).body("parameter", equalTo("size")).body("detail", containsString("1 and 100"));
        problem("/api/documents?page=zero", 400).body("parameter", equalTo("page"));
        problem("/api/documents?sort=-popularity", 400).body("parameter", equalTo("sort")).body("detail", containsString("published"));
        problem("/api/documents?language=chinese", 400).body("parameter", equalTo("language"));
        problem("/api/positions?holder=robot", 400).body("parameter", equalTo("holder"));
        problem("/api/positions?actor=Bad%20Slug", 400).body("parameter", equalTo("actor"));
        problem("/api/compare?documents=fli-pause-letter", 400).body("parameter", equalTo("documents"));
        problem("/api/compare?documents=a,b,c,d,e", 400).body("parameter", equalTo("documents"));
    }

    @Test
    void unknownSlugsAre404sThatNameTheSlug() {
        problem("/api/documents/no-such-doc", 404).body("slug", equalTo("no-such-doc")).body("detail", containsString("document"));
        problem("/api/measures/no-such-measure", 404).body("slug", equalTo("no-such-measure"));
        problem("/api/measures/no-such-measure/coalition", 404).body("slug", equalTo("no-such-measure"));
        problem("/api/actors/nobody", 404).body("slug", equalTo("nobody"));
        problem("/api/actors/andrew-ng/agreement/nobody", 404).body("slug", equalTo("nobody"));
        problem("/api/measure-types/lottery", 404).body("slug", equalTo("lottery"));
        problem("/api/compare?documents=fli-pause-letter,nope", 404).body("slug", equalTo("nope"));
        problem("/api/no-such-endpoint", 404);
    }

    @Test
    void unsupportedFormatsAre406AndNothingInternalLeaks() {
        given().accept("application/xml").when().get("/api/documents").then().statusCode(406)
                .contentType(ApiProblem.MEDIA_TYPE).body("status", equalTo(406));
        given().accept("text/csv").when().get("/api/documents/fli-pause-letter").then().statusCode(406)
                .contentType(ApiProblem.MEDIA_TYPE);
        String body = given().when().get("/api/positions?stance=%27%3B%20drop%20table%20position%3B--").then().statusCode(400)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("Exception") || body.contains("at org.") || body.contains("SQL"), body);
    }

    @Test
    void searchInChineseAndEnglish() {
        given().when().get("/api/search?q=暂停&size=100").then().statusCode(200)
                .body("items.slug", hasItem("fli-pause-letter-zh"))
                .body("items.slug", hasItem("fli-six-month-pause"))
                .body("items.find { it.kind == 'evidence' }.snippet", containsString("«"))
                .body("items.findAll { it.kind == 'evidence' }.slug", everyItem(org.hamcrest.Matchers.matchesPattern("[a-z0-9.-]+\\.q[0-9a-f]{10}")))
                .body("items.findAll { it.kind == 'evidence' }.link",
                        everyItem(org.hamcrest.Matchers.matchesPattern(".*#(position|signature)-[a-z0-9-]+\\.[a-z0-9.-]+")));
        given().when().get("/api/search?q=audits&kind=measure&size=100").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("measure")))
                .body("items.slug", hasItem("fli-auditing-certification"));
        given().when().get("/api/search?q=吴恩达").then().statusCode(200).body("items.slug", hasItem("andrew-ng"));
        given().when().get("/api/search?q=LeCun&kind=actor").then().statusCode(200).body("items[0].slug", equalTo("yann-lecun"));
        given().when().get("/api/search?q=zzzqqq").then().statusCode(200).body("total", equalTo(0));
        problem("/api/search", 400).body("parameter", equalTo("q"));
        problem("/api/search?q=x&kind=planet", 400).body("parameter", equalTo("kind"));
    }


    @Test
    void aTagIsNeverSharedByRequestsThatMayNegotiateDifferentFormats() {
        String json = given().accept("application/json").when().get("/api/positions").header("ETag");
        String star = given().accept("text/*").when().get("/api/positions").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(json, star);
        given().accept("text/*").header("If-None-Match", json).when().get("/api/positions").then().statusCode(200);
    }

    @Test
    void theMeasureTypeFilterCountsADocumentsOwnPositionsAsTheMatrixDoes() {
        given().when().get("/api/documents?measure-type=moratorium&size=100").then().statusCode(200)
                .body("items.slug", hasItem("fli-pause-letter"))
                .body("items.slug", not(hasItem("huxiu-pause-reactions")));
    }

    @Test
    void pagingLinksOfACsvRequestStayCsv() {
        Response r = given().when().get("/api/positions.csv?size=5");
        r.then().statusCode(200).contentType(containsString("text/csv"));
        String links = String.join(", ", r.headers().getValues("Link"));
        org.junit.jupiter.api.Assertions.assertTrue(links.contains("/api/positions.csv?size=5&page=2>; rel=\"next\""), links);
    }

    private static io.restassured.response.ValidatableResponse problem(String path, int status) {
        return given().when().get(path).then().statusCode(status).contentType(ApiProblem.MEDIA_TYPE)
                .body("status", equalTo(status)).body("title", notNullValue()).body("detail", notNullValue());
    }

    /** Each quote's selector points into the exact text the API serves, whose SHA-256 the document gives. */
    @Test
    void evidenceSelectorsPointIntoTheSourceText() throws Exception {
        io.restassured.path.json.JsonPath doc = given().get("/api/documents/fli-pause-letter").then().statusCode(200).extract().jsonPath();
        byte[] bytes = given().get("/api/documents/fli-pause-letter/text").then().statusCode(200)
                .contentType(containsString("charset=UTF-8")).extract().asByteArray();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        org.junit.jupiter.api.Assertions.assertEquals(sha, doc.getString("sourceText.sha256"));
        java.util.List<java.util.Map<String, Object>> evidence = doc.getList("positions.evidence.flatten()");
        org.junit.jupiter.api.Assertions.assertTrue(evidence.size() > 5, "quotes checked: " + evidence.size());
        int checked = 0;
        for (java.util.Map<String, Object> e : evidence) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> sel = (java.util.Map<String, Object>) e.get("selector");
            if (!"fli-pause-letter".equals(e.get("source"))) {
                continue; // quoted from another document's text
            }
            org.junit.jupiter.api.Assertions.assertEquals(sha, sel.get("textSha256"));
            int start = (Integer) sel.get("start");
            int end = (Integer) sel.get("end");
            String exact = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            org.junit.jupiter.api.Assertions.assertEquals(exact, sel.get("exact"), "offsets select the exact text");
            org.junit.jupiter.api.Assertions.assertTrue(text.substring(0, text.offsetByCodePoints(0, start)).endsWith((String) sel.get("prefix")));
            org.junit.jupiter.api.Assertions.assertTrue(text.substring(text.offsetByCodePoints(0, end)).startsWith((String) sel.get("suffix")));
            org.junit.jupiter.api.Assertions.assertTrue(((String) e.get("sourceHtml")).endsWith("/text#evidence-" + e.get("id")));
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 3, "checked " + checked);
        given().get("/api/documents/cais-statement-on-ai-risk/text").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }
}
