package org.concordance.document;

import org.concordance.document.DocumentViews.*;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.concordance.measure.MeasureType;
import org.concordance.change.ChangeQueries;
import org.concordance.change.ItemKind;
import org.concordance.web.Lists;
import org.concordance.web.Page;
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

@Path("/api/documents")
@Tag(name = "Documents", description = "Letters, statements, reports and articles, in their original language")
@Produces({ MediaType.APPLICATION_JSON, "text/csv" })
@APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
@APIResponse(responseCode = "503", ref = ApiDescription.TIMED_OUT)
public class DocumentResource {

    static final List<String> SORTS = List.of("published", "slug", "title");

    @Inject
    DocumentQueries queries;

    @Inject
    ChangeQueries changes;

    @Context
    UriInfo uri;

    @GET
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of documents; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listDocuments", summary = "List documents", description = "Filter by language, kind, publication date range and the "
            + "measure types the document takes a position on. Sort by published, slug or title (prefix '-' to reverse). "
            + "Also as CSV: Accept: text/csv or /api/documents.csv.")
    public Response list(
            @Parameter(description = "Original language", example = "zh") @QueryParam("language") String language,
            @Parameter(description = "Document kind", example = "open-letter") @QueryParam("kind") String kind,
            @Parameter(description = "Published on or after (YYYY-MM-DD)", example = "2023-03-01") @QueryParam("from") String from,
            @Parameter(description = "Published on or before (YYYY-MM-DD)", example = "2023-12-31") @QueryParam("to") String to,
            @Parameter(description = "Takes a position of its own on a measure of this type (as in the matrix)", example = "moratorium") @QueryParam("measure-type") String type,
            @Parameter(description = org.concordance.change.ChangeQueries.CHANGED_SINCE) @QueryParam("changed-since") String changedSince,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "published, slug or title; '-' reverses", example = "-published") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS, "-published");
        LocalDate f = Params.date("from", from);
        LocalDate t = Params.date("to", to);
        Query q = new Query().and("d.language = :language", "language", Params.language("language", language))
                .and("d.kind = :kind", "kind", Params.code("kind", kind, DocumentKind.class))
                .and("d.published >= :from", "from", f).and("d.published <= :to", "to", t)
                .and("exists (select 1 from Position p join p.measure m where p.document = d and p.actor is null and m.type = :type)", "type",
                        Params.code("measure-type", type, MeasureType.class))
                .and(ChangeQueries.changedSince(ItemKind.DOCUMENT, "d.slug"), "changedSince", changes.since("changed-since", changedSince));
        return Lists.ok(Page.of(queries.list(q, request), queries.count(q), request), uri);
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The document, with one page of its long lists")
    @Operation(operationId = "getDocument", summary = "One document", description = "Metadata, authors, typed links to other documents, the measures it "
            + "states, its own positions and the actor positions it reports (each with verbatim evidence), and signatures; the actor positions and the signatures 100 a page.")
    public DocumentDetail get(@Parameter(description = "Document slug", example = "fli-pause-letter") @PathParam("slug") String slug,
            @Parameter(description = "Page of the long lists, from 1: 100 rows of each a page") @QueryParam("page") String page) {
        return queries.detail(slug, org.concordance.web.PageRequest.page(page));
    }

    @GET
    @Path("{slug}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The document's source text")
    @Operation(operationId = "getDocumentText", summary = "A document's source text", description = "The exact text (UTF-8) that evidence line numbers and "
            + "selector offsets (code points) refer to; its SHA-256 is sourceText.sha256 in the document. 404 when the "
            + "document's text is not in the corpus.")
    public String text(@Parameter(description = "Document slug", example = "fli-pause-letter") @PathParam("slug") String slug) {
        return queries.text(slug);
    }

    /** The JSON of a {@code Page<DocumentSummary>}, named for the API description (which cannot name a generic type). */
    record DocumentPage(List<DocumentSummary> items, long total, int page, int size, int pages) {
    }
}
