package org.concordance.actor;

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

import org.concordance.actor.ActorViews.ActorDetail;
import org.concordance.actor.ActorViews.ActorSummary;
import org.concordance.compare.Views.ActorAgreement;
import org.concordance.change.ChangeQueries;
import org.concordance.change.ItemKind;
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

@Path("/api/actors")
@APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
@APIResponse(responseCode = "503", ref = ApiDescription.TIMED_OUT)
@Tag(name = "Actors", description = "People and organisations, their positions and signatures")
public class ActorResource {

    @Inject
    ActorQueries queries;

    @Inject
    ChangeQueries changes;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of actors; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorPage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listActors", summary = "List actors", description = "People and organisations; filter by kind. Sort by name or slug.")
    public Response list(@Parameter(description = "person or organisation") @QueryParam("kind") String kind,
            @Parameter(description = org.concordance.change.ChangeQueries.CHANGED_SINCE) @QueryParam("changed-since") String changedSince,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "name or slug; '-' reverses") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, List.of("name", "slug"), "name");
        Query q = new Query().and("a.kind = :kind", "kind", Params.code("kind", kind, ActorKind.class))
                .and(ChangeQueries.changedSince(ItemKind.ACTOR, "a.slug"), "changedSince", changes.since("changed-since", changedSince));
        return Lists.ok(queries.list(q, request), uri);
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The actor, with one page of its long lists")
    @Operation(operationId = "getActor", summary = "One actor", description = "Names in each script, every position in date order with evidence, "
            + "contradictions (opposite stances on one measure), the stance history (per measure type the dated steps, each "
            + "with its first position's id, document, date, stance and evidence, and whether it reverses the earlier leaning; the latest "
            + org.concordance.compare.ComparisonEngine.HISTORY_STEPS + " steps a type, the undated apart), and signatures "
            + "(signed, initiated, declined...); the positions and the signatures 100 a page.")
    public ActorDetail get(@Parameter(example = "andrew-ng") @PathParam("slug") String slug,
            @Parameter(description = "Page of the long lists, from 1: 100 rows of each a page") @QueryParam("page") String page) {
        return queries.detail(slug, org.concordance.web.PageRequest.page(page));
    }

    @GET
    @Path("{slug}/agreement/{other}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "How far the two agree")
    @Operation(operationId = "getActorAgreement", summary = "Agreement between two actors", description = "Over the measures both took a position on (their "
            + "latest stance on each): whether they lean the same way (for, against, wants more, neutral), and the share that agree.")
    public ActorAgreement agreement(@Parameter(example = "andrew-ng") @PathParam("slug") String slug,
            @Parameter(example = "yann-lecun") @PathParam("other") String other) {
        return queries.agreement(slug, other);
    }

    /** The JSON of a {@code Page<ActorSummary>}, named for the API description (which cannot name a generic type). */
    record ActorPage(List<ActorSummary> items, long total, int page, int size, int pages) {
    }
}
