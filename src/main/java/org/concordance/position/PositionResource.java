package org.concordance.position;

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

import org.concordance.actor.SignatureRole;
import org.concordance.measure.MeasureType;
import org.concordance.change.ChangeQueries;
import org.concordance.change.ItemKind;
import org.concordance.position.Refs.PositionView;
import org.concordance.position.Refs.SignatureView;
import org.concordance.web.Lists;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.Query;
import org.concordance.web.ApiDescription;
import org.concordance.web.Page;
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
@Tag(name = "Positions", description = "Stances on measures and signatures on documents, each with verbatim evidence")
public class PositionResource {

    @Inject
    PositionQueries queries;

    @Inject
    ChangeQueries changes;

    @Context
    UriInfo uri;

    @GET
    @Path("positions")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of positions; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionPage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listPositions", summary = "List positions", description = "Every stance on every measure, each with its evidence (quote, "
            + "locator, English rendering). 'document' is the document that holds or reports the position; 'language' its "
            + "language; 'from'/'to' its publication date. Sort by date, measure or stance. Also as CSV.")
    public Response list(
            @Parameter(example = "moratorium") @QueryParam("measure-type") String type,
            @Parameter(example = "fli-six-month-pause") @QueryParam("measure") String measure,
            @Parameter(example = "opposes") @QueryParam("stance") String stance,
            @Parameter(description = "direct, signature, or reported (a third party's account: not the holder's own position); "
                    + "several separated by commas", example = "direct,signature") @QueryParam("basis") String basis,
            @Parameter(example = "huxiu-pause-reactions") @QueryParam("document") String document,
            @Parameter(example = "andrew-ng") @QueryParam("actor") String actor,
            @Parameter(description = "document or actor: whose position it is") @QueryParam("holder") String holder,
            @Parameter(example = "zh") @QueryParam("language") String language,
            @Parameter(example = "2023-01-01") @QueryParam("from") String from,
            @Parameter(example = "2023-12-31") @QueryParam("to") String to,
            @Parameter(description = org.concordance.change.ChangeQueries.CHANGED_SINCE) @QueryParam("changed-since") String changedSince,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "date, measure or stance; '-' reverses") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, PositionQueries.POSITION_SORTS, "date");
        String whose = holder == null || holder.isBlank() ? null : holder.strip();
        if (whose != null && !List.of("document", "actor").contains(whose)) {
            throw org.concordance.web.ProblemException.badParameter("holder", "'" + holder + "' is not allowed; use document or actor");
        }
        // Every filter on the position's own columns (a subquery where it is another table's):
        // H2 plans a condition on a joined table as a scan, and a page by date is read from an index.
        Query q = new Query()
                .and("p.measureId in (select mt.id from Measure mt where mt.type = :type)", "type",
                        Params.code("measure-type", type, MeasureType.class))
                .and("p.measureId = :measure", "measure", queries.idOf("Measure", Params.slug("measure", measure)))
                .and("p.stance = :stance", "stance", Params.code("stance", stance, Stance.class))
                .and("p.basis in :basis", "basis", Params.codes("basis", basis, Basis.class))
                .and("p.documentId = :document", "document", queries.idOf("Document", Params.slug("document", document)))
                .and("p.actorId = :actor", "actor", queries.idOf("Actor", Params.slug("actor", actor)))
                .and("p.documentId in (select dl.id from Document dl where dl.language = :language)", "language",
                        Params.language("language", language))
                .and("p.documentId in (select df.id from Document df where df.published >= :from)", "from", Params.date("from", from))
                .and("p.documentId in (select dt.id from Document dt where dt.published <= :to)", "to", Params.date("to", to))
                .and(ChangeQueries.changedSince(ItemKind.POSITION, "p.stableId"), "changedSince", changes.since("changed-since", changedSince));
        return Lists.ok(queries.positions(q, whose, request), uri);
    }

    @GET
    @Path("signatures")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of signatures; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignaturePage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listSignatures", summary = "List signatures", description = "Who signed, initiated, convened, declined or withdrew from which document, "
            + "with evidence; 'recordedIn' is the document that reports it. Sort by actor or document.")
    public Response signatures(@Parameter(example = "yann-lecun") @QueryParam("actor") String actor,
            @Parameter(example = "fli-pause-letter") @QueryParam("document") String document,
            @Parameter(example = "declined") @QueryParam("role") String role,
            @Parameter(description = org.concordance.change.ChangeQueries.CHANGED_SINCE) @QueryParam("changed-since") String changedSince,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, PositionQueries.SIGNATURE_SORTS, "document");
        Query q = new Query().and("s.actorId = :actor", "actor", queries.idOf("Actor", Params.slug("actor", actor)))
                .and("s.documentId = :document", "document", queries.idOf("Document", Params.slug("document", document)))
                .and("s.role = :role", "role", Params.code("role", role, SignatureRole.class))
                .and(ChangeQueries.changedSince(ItemKind.SIGNATURE, "s.stableId"), "changedSince", changes.since("changed-since", changedSince));
        return Lists.ok(queries.signatures(q, request), uri);
    }

    /** The JSON of a {@code Page<PositionView>}, named for the API description (which cannot name a generic type). */
    record PositionPage(List<PositionView> items, long total, int page, int size, int pages) {
    }

    /** The JSON of a {@code Page<SignatureView>}, named for the API description (which cannot name a generic type). */
    record SignaturePage(List<SignatureView> items, long total, int page, int size, int pages) {
    }
}
