package org.concordance.change;

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

import java.util.List;

import org.concordance.change.ChangeViews.ChangeView;
import org.concordance.change.ChangeViews.VersionView;
import org.concordance.measure.MeasureType;
import org.concordance.web.ApiDescription;
import org.concordance.web.Lists;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.Query;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Changes", description = "The corpus versions this service imported, and what each added, changed and removed")
@APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
@APIResponse(responseCode = "503", ref = ApiDescription.TIMED_OUT)
public class ChangeResource {

    @Inject
    ChangeQueries queries;

    @Context
    UriInfo uri;

    @GET
    @Path("versions")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of versions; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionPage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listVersions", summary = "List corpus versions", description = "Every corpus version this "
            + "service imported, newest first: its hash (the version a page's cite line names), when, the version before it, "
            + "its counts, and how many items it added, changed and removed. Also as CSV.")
    public Response versions(@QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "version (newest first); '-version' oldest first") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, ChangeQueries.SORTS, "version");
        return Lists.ok(queries.versions(request), uri);
    }

    @GET
    @Path("changes")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_PARAMETER)
    @APIResponse(responseCode = "200", description = "One page of changes; X-Total-Count and Link headers lead to the others",
            headers = { @Header(name = "X-Total-Count", ref = ApiDescription.TOTAL_COUNT), @Header(name = "Link", ref = ApiDescription.LINK) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)),
                    @Content(mediaType = "text/csv") })
    @Operation(operationId = "listChanges", summary = "List changes", description = "Every document, measure, position, "
            + "signature and actor that a version added, changed or removed, by stable identifier, with the fields that "
            + "differ (old and new value). 'since' lists the changes of every version imported after the one given; "
            + "'version' those of one version. A version is given by its hash or its first 7 or more digits. Oldest version "
            + "first (in the order to apply them; a new version adds pages at the end); within a version by kind, then "
            + "identifier. Also as CSV.")
    public Response changes(
            @Parameter(description = "The changes after this version", example = "3f2a9c1") @QueryParam("since") String since,
            @Parameter(description = "The changes of this version only") @QueryParam("version") String version,
            @Parameter(description = "document, measure, position, signature or actor") @QueryParam("kind") String kind,
            @Parameter(description = "added, changed or removed") @QueryParam("change") String change,
            @Parameter(example = "moratorium") @QueryParam("measure-type") String type,
            @Parameter(description = "changes about this actor: the actor, their positions and signatures", example = "yann-lecun")
            @QueryParam("actor") String actor,
            @Parameter(description = "changes in this document's file: it, its measures, the positions and signatures it records")
            @QueryParam("document") String document,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "version (oldest first); '-version' newest first") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, ChangeQueries.SORTS, "version");
        Long exactly = version == null || version.isBlank() ? null : queries.version("version", version).id;
        Query q = filter(queries.since("since", since), kind, change, type, actor, document)
                .and("c.importId = :exactly", "exactly", exactly);
        return Lists.ok(queries.changes(q, request), uri);
    }

    /** The filter on {@code StoredChange c} that the change list and the feeds share. */
    static Query filter(Long since, String kind, String change, String type, String actor, String document) {
        ItemKind k = Params.code("kind", kind, ItemKind.class);
        ChangeKind c = Params.code("change", change, ChangeKind.class);
        MeasureType t = Params.code("measure-type", type, MeasureType.class);
        return new Query().and("c.importId > :since", "since", since)
                .and("c.kind = :kind", "kind", k == null ? null : k.code())
                .and("c.change = :change", "change", c == null ? null : c.code())
                .and("c.measureType = :type", "type", t == null ? null : t.code())
                .and("c.actor = :actor", "actor", Params.slug("actor", actor))
                .and("c.owner = :document and c.kind <> 'actor'", "document", Params.slug("document", document));
    }

    /** The JSON of a {@code Page<VersionView>}, named for the API description. */
    record VersionPage(List<VersionView> items, long total, int page, int size, int pages) {
    }

    /** The JSON of a {@code Page<ChangeView>}, named for the API description. */
    record ChangePage(List<ChangeView> items, long total, int page, int size, int pages) {
    }
}
