package org.concordance.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.concordance.web.Lists;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/search")
@APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
@APIResponse(responseCode = "503", ref = ApiDescription.TIMED_OUT)
@Tag(name = "Search", description = "Full-text search in Chinese and English")
public class SearchResource {

    static final List<String> KINDS = List.of("document", "measure", "actor", "evidence");

    @Inject
    SearchService search;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of hits, best first; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "search", summary = "Search", description = "Titles, measure names, actor names in every script and alias, quotes and "
            + "their English renderings. Chinese matches any substring of two or more characters (暂停 finds 立即暂停); "
            + "English is stemmed (audits finds audit). Every word must match. Snippets mark matches with « ».")
    public Response search(@Parameter(description = "Query, 1 to 200 characters", example = "暂停") @QueryParam("q") String q,
            @Parameter(description = "document, measure, actor or evidence") @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", "give a search query");
        }
        if (q.strip().length() > 200) {
            throw ProblemException.badParameter("q", "at most 200 characters");
        }
        if (kind != null && !kind.isBlank() && !KINDS.contains(kind.strip())) {
            throw ProblemException.badParameter("kind", "'" + kind + "' is not allowed; use one of: " + String.join(", ", KINDS));
        }
        PageRequest request = PageRequest.of(page, size, null, List.of("score"), "score");
        SearchResult result = search.search(q, kind == null || kind.isBlank() ? null : kind.strip(), request.offset(), request.size());
        return Lists.ok(Page.of(result.hits(), result.total(), request), uri);
    }

    /** The JSON of a {@code Page<SearchHit>}, named for the API description (which cannot name a generic type). */
    record SearchPage(List<SearchHit> items, long total, int page, int size, int pages) {
    }
}
