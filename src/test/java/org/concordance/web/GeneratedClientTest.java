package org.concordance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.concordance.client.ApiClient;
import org.concordance.client.ApiException;
import org.concordance.client.ApiResponse;
import org.concordance.client.api.AdminApi;
import org.concordance.client.api.ComparisonsApi;
import org.concordance.client.api.DocumentsApi;
import org.concordance.client.api.PositionsApi;
import org.concordance.client.api.SearchApi;
import org.concordance.client.model.DocumentDetail;
import org.concordance.client.model.DocumentPage;
import org.concordance.client.model.DocumentSummary;
import org.concordance.client.model.Outcome;
import org.concordance.client.model.PositionPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that openapi-generator (java, library native) generated from the committed API
 * description (src/main/openapi/openapi.yaml, which {@link OpenApiDescriptionTest} holds equal to
 * what the service serves) calls the running service: its method names are the operationIds,
 * its types the described schemas, its errors the described problem answers.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL root;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceFirst("/$", "")); // the description's server is relative ("/")
        return client;
    }

    @Test
    void listsDocumentsWithTheirTotal() throws ApiException {
        ApiResponse<DocumentPage> answer = new DocumentsApi(client()).listDocumentsWithHttpInfo(null, null, null, null, null, null, "100",
                "slug", null);
        assertEquals(200, answer.getStatusCode());
        DocumentPage page = answer.getData();
        assertFalse(page.getItems().isEmpty());
        assertEquals(String.valueOf(page.getTotal()), answer.getHeaders().get("x-total-count").get(0), "the body's total is the header's");
        assertTrue(page.getItems().stream().map(DocumentSummary::getSlug).anyMatch("fli-pause-letter"::equals));
        List<String> slugs = page.getItems().stream().map(DocumentSummary::getSlug).toList();
        assertEquals(slugs.stream().sorted().toList(), slugs, "sorted by slug, as asked");
    }

    @Test
    void readsOneDocumentAndItsText() throws ApiException {
        DocumentsApi documents = new DocumentsApi(client());
        DocumentDetail letter = documents.getDocument("fli-pause-letter", null);
        assertEquals("fli-pause-letter", letter.getDocument().getSlug());
        assertNotNull(letter.getDocument().getTitleEn());
        assertFalse(letter.getMeasures().isEmpty());
        assertFalse(documents.getDocumentText("fli-pause-letter").isBlank());
    }

    @Test
    void anUnknownSlugIsTheDescribedProblem() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> new DocumentsApi(client()).getDocument("no-such-document", null));
        assertEquals(404, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith(ApiProblem.MEDIA_TYPE));
        org.concordance.client.model.ApiProblem problem = client().getObjectMapper().readValue(e.getResponseBody(),
                org.concordance.client.model.ApiProblem.class);
        assertEquals(404, problem.getStatus());
        assertEquals("no-such-document", problem.getSlug());
    }

    @Test
    void aBadParameterIsTheDescribedProblem() throws Exception {
        ApiException e = assertThrows(ApiException.class,
                () -> new PositionsApi(client()).listPositions(null, null, null, null, null, null, null, null, null, null, "1000", null, null, null));
        assertEquals(400, e.getCode());
        org.concordance.client.model.ApiProblem problem = client().getObjectMapper().readValue(e.getResponseBody(),
                org.concordance.client.model.ApiProblem.class);
        assertEquals("size", problem.getParameter());
    }

    @Test
    void followsTheVersionsAndReadsTheBulkDownload() throws ApiException {
        org.concordance.client.api.ChangesApi changes = new org.concordance.client.api.ChangesApi(client());
        String newest = changes.listVersions(null, "1", null).getItems().get(0).getVersion();
        assertEquals(0L, changes.listChanges(null, null, null, null, null, null, newest, null, null, null).getTotal().longValue(),
                "nothing changed after the newest version");
        ApiException bad = assertThrows(ApiException.class,
                () -> changes.listChanges(null, null, null, null, null, null, "zz", null, null, null));
        assertEquals(400, bad.getCode());
        org.concordance.client.api.DownloadApi download = new org.concordance.client.api.DownloadApi(client());
        assertEquals(newest, download.listDownloads().getVersion());
        java.io.File csv = download.getDownload("positions.csv"); // the file, byte for byte (format: binary)
        try {
            String text = java.nio.file.Files.readString(csv.toPath());
            assertTrue(text.startsWith("id,measure,measure_type,"), text.substring(0, Math.min(80, text.length())));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void filtersComparesAndSearches() throws ApiException {
        PositionPage opposed = new PositionsApi(client()).listPositions(null, null, null, null, null, null, null, "fli-six-month-pause", null,
                null, "100", null, "opposes", null);
        assertFalse(opposed.getItems().isEmpty());
        assertTrue(opposed.getItems().stream().allMatch(p -> "opposes".equals(p.getStance().getValue())));
        // documents is described as comma-separated (explode: false): the generated client sends a,b
        assertTrue(new ComparisonsApi(client()).compareDocuments(List.of("fli-pause-letter", "idais-ditchley-statement"))
                .getComparison().getSimilarity() > 0);
        assertTrue(new SearchApi(client()).search("measure", null, "暂停", "100").getItems().stream()
                .anyMatch(hit -> "fli-six-month-pause".equals(hit.getSlug())));
    }

    @Test
    void theAdminImportTakesTheBearerTokenItsSchemeDescribes() throws ApiException {
        ApiException e = assertThrows(ApiException.class, () -> new AdminApi(client()).importCorpus());
        assertEquals(401, e.getCode());
        ApiClient withToken = client().setRequestInterceptor(request -> request.header("Authorization", "Bearer test-admin-token"));
        Outcome outcome = new AdminApi(withToken).importCorpus();
        assertTrue(outcome.getOk());
        assertFalse(outcome.getChanged());
    }
}
