package org.concordance.compare;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.concordance.compare.CompareViews.Comparison;
import org.concordance.compare.CompareViews.MatrixPage;
import org.concordance.document.DocumentKind;
import org.concordance.web.Lists;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.Query;
import org.concordance.web.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
@APIResponse(responseCode = "503", ref = ApiDescription.TIMED_OUT)
@Tag(name = "Comparisons", description = "Documents compared with each other, and the documents-by-measure-types matrix")
public class CompareResource {

    @Inject
    CompareQueries queries;

    @Context
    UriInfo uri;

    @GET
    @Path("compare")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The comparison")
    @Operation(operationId = "compareDocuments", summary = "Compare two to four documents", description = "Measure types they share with parameter-by-parameter "
            + "differences, types unique to each, common signatories, and a similarity score: "
            + ComparisonEngine.SIMILARITY_FORMULA)
    public Comparison compare(@Parameter(description = "2 to 4 document slugs, comma-separated (as described here) or repeated",
            style = org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle.FORM,
            explode = org.eclipse.microprofile.openapi.annotations.enums.Explode.FALSE,
            example = "[\"fli-pause-letter\", \"idais-ditchley-statement\"]") @QueryParam("documents") List<String> raw) {
        return queries.compare(CompareQueries.slugs(raw));
    }

    @GET
    @Path("matrix")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of matrix rows; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixPage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "getMatrix", summary = "Documents by measure types", description = "One row per document (paginated, newest first; "
            + "translations are not rows: their original states the same measures), one "
            + "cell per measure type: the document's own stance (the strongest when it takes several) and its evidence count. "
            + "Filter rows by language and kind. As CSV (Accept: text/csv or /api/matrix.csv) each cell reads 'stance (evidence)'.")
    public Response matrix(@Parameter(example = "en") @QueryParam("language") String language,
            @Parameter(example = "open-letter") @QueryParam("kind") String kind,
            @QueryParam("page") String page, @Parameter(description = "rows per page, 1 to 100 (default 100)") @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size == null ? "100" : size, null, List.of("published"), "-published");
        Query q = new Query().and("d.language = :language", "language", Params.language("language", language))
                .and("d.kind = :kind", "kind", Params.code("kind", kind, DocumentKind.class));
        MatrixPage body = queries.matrix(q, request);
        return Lists.ok(body, body.total(), body.page(), body.pages(), uri);
    }
}
