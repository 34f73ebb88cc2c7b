package org.concordance.measure;

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

import org.concordance.measure.MeasureViews.*;
import org.concordance.change.ChangeQueries;
import org.concordance.change.ItemKind;
import org.concordance.web.Lists;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.ProblemException;
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
@Tag(name = "Measures", description = "Typed governance measures and their comparison across documents")
public class MeasureResource {

    @Inject
    MeasureQueries queries;

    @Inject
    ChangeQueries changes;

    @Context
    UriInfo uri;

    @GET
    @Path("measures")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of measures; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurePage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listMeasures", summary = "List measures", description = "Every measure with its typed parameters; filter by type or by the "
            + "document that states it. Sort by slug or type. Also as CSV (Accept: text/csv or /api/measures.csv).")
    public Response list(@Parameter(description = "Measure type", example = "moratorium") @QueryParam("type") String type,
            @Parameter(description = "Slug of the document that states the measure", example = "fli-pause-letter") @QueryParam("document") String document,
            @Parameter(description = org.concordance.change.ChangeQueries.CHANGED_SINCE) @QueryParam("changed-since") String changedSince,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "slug or type; '-' reverses") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, List.of("slug", "type"), "slug");
        Query q = new Query().and("m.type = :type", "type", Params.code("type", type, MeasureType.class))
                .and("d.slug = :document", "document", Params.slug("document", document))
                .and(ChangeQueries.changedSince(ItemKind.MEASURE, "m.slug"), "changedSince", changes.since("changed-since", changedSince));
        return Lists.ok(Page.of(queries.list(q, request), queries.count(q), request), uri);
    }

    @GET
    @Path("measures/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The measure, with one page of its positions")
    @Operation(operationId = "getMeasure", summary = "One measure", description = "Its typed parameters, the document that states it, a page of the "
            + "positions on it (100 a page, in coalition order) with verbatim evidence, and the coalition (who proposes, supports, "
            + "opposes, finds it insufficient, is silent) with each group's count.")
    public MeasureDetail get(@Parameter(example = "fli-six-month-pause") @PathParam("slug") String slug,
            @Parameter(description = "Page of the positions, from 1 (100 a page)") @QueryParam("page") String page) {
        return queries.detail(slug, org.concordance.web.PageRequest.page(page));
    }

    @GET
    @Path("measures/{slug}/coalition")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The coalition, with one page of its members")
    @Operation(operationId = "getMeasureCoalition", summary = "Coalition on a measure", description = "Everyone who takes a position on the measure, grouped by "
            + "stance in a fixed order (proposes, supports, conditional, insufficient, too-far, opposes, discusses, no-position), with evidence: "
            + "the members on one page of the measure's positions (100 a page), and each group's count.")
    public CoalitionView coalition(@Parameter(example = "fli-six-month-pause") @PathParam("slug") String slug,
            @Parameter(description = "Page of the positions, from 1 (100 a page)") @QueryParam("page") String page) {
        return queries.coalition(slug, org.concordance.web.PageRequest.page(page));
    }

    @GET
    @Path("measure-types")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "200", description = "Every measure type")
    @Operation(operationId = "listMeasureTypes", summary = "Measure types", description = "Every measure type with how many measures, documents and actors "
            + "take a position on it, and how many positions are for or against.")
    public Page<TypeSummary> types() {
        List<TypeSummary> all = queries.types();
        return new Page<>(all, all.size(), 1, all.size(), 1);
    }

    @GET
    @Path("measure-types/{type}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The type's comparison, with one page of its variants")
    @Operation(operationId = "compareMeasureType", summary = "Compare one measure type", description = "Every variant of the type compared parameter by "
            + "parameter: whether they agree, differ, or some are silent (consensus), how many variants state each value "
            + "(the first " + org.concordance.compare.ComparisonEngine.VALUES_SHOWN + " values), and for ordered parameters "
            + "the strictest value. The coalition: per stance, how many positions and the first "
            + MeasureQueries.GROUP_SHOWN + " by date with evidence ('all' lists every one). overTime: the positions for and "
            + "against by month (by year past " + org.concordance.compare.ComparisonEngine.MAX_BUCKETS + " months) of their "
            + "documents, with running totals; those of undated documents counted apart. The variants come a page "
            + "at a time, sorted by slug, each with the parameters on which it is the strictest and its positions by stance.")
    public TypeComparisonView compare(@Parameter(example = "moratorium") @PathParam("type") String type,
            @Parameter(description = "Page of variants, from 1") @QueryParam("page") String page,
            @Parameter(description = "Variants per page, 1 to 100 (default 20)") @QueryParam("size") String size) {
        MeasureType t = org.concordance.Coded.fromCode(MeasureType.class, type)
                .orElseThrow(() -> ProblemException.unknown("measure type", type));
        return queries.compare(t, PageRequest.of(page, size, null, List.of("slug"), "slug"));
    }

    /** The JSON of a {@code Page<MeasureSummary>}, named for the API description (which cannot name a generic type). */
    record MeasurePage(List<MeasureSummary> items, long total, int page, int size, int pages) {
    }
}
