package org.concordance.actor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

import org.concordance.compare.ComparisonEngine;
import org.concordance.compare.Views.ActorAgreement;
import org.concordance.compare.Views.ActorTimeline;
import org.concordance.position.Facts;
import org.concordance.web.Links;
import org.concordance.web.Lists;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.document.DocumentViews.ReferenceView;
import org.concordance.web.Refs.ActorRef;
import org.concordance.web.Refs.PositionView;
import org.concordance.web.Refs.SignatureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/actors")
@Tag(name = "Actors", description = "People and organisations, their positions and signatures")
public class ActorResource {

    public record ActorSummary(String slug, ActorKind kind, String nameEn, String nameZh, List<String> aliases,
            String affiliation, String html, String api) {
    }

    public record ContradictionView(String measure, PositionView first, PositionView second) {
    }

    /**
     * {@code positions}: the actor's own stances in date order; {@code reportedByOthers}: what third
     * parties say the actor's stance is (basis reported), never counted as the actor's own.
     * {@code references}: where the affiliation and description come from.
     */
    public record ActorDetail(ActorSummary actor, String description, Map<String, ReferenceView> references,
            List<PositionView> positions, List<ContradictionView> contradictions, List<PositionView> reportedByOthers,
            List<SignatureView> signatures) {
    }

    @Inject
    EntityManager em;

    @Inject
    Facts facts;

    @Inject
    Links links;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @Operation(summary = "List actors", description = "People and organisations; filter by kind. Sort by name or slug.")
    public Response list(@Parameter(description = "person or organisation") @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "name or slug; '-' reverses") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, List.of("name", "slug"), "name");
        Query q = new Query().and("a.kind = :kind", "kind", Params.code("kind", kind, ActorKind.class));
        String order = (request.sort().equals("name") ? "a.nameEn" : "a.slug") + (request.descending() ? " desc" : " asc") + ", a.slug";
        TypedQuery<Actor> query = em.createQuery("select a from Actor a " + q.where() + " order by " + order, Actor.class);
        q.params.forEach(query::setParameter);
        List<Actor> actors = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        Map<Long, List<String>> aliases = aliases(actors);
        TypedQuery<Long> count = em.createQuery("select count(a) from Actor a " + q.where(), Long.class);
        q.params.forEach(count::setParameter);
        return Lists.ok(Page.of(actors.stream().map(a -> summary(a, aliases.getOrDefault(a.id, List.of()))).toList(),
                count.getSingleResult(), request), uri);
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @Operation(summary = "One actor", description = "Names in each script, every position in date order with evidence, "
            + "contradictions (opposite stances on one measure), and signatures (signed, initiated, declined...).")
    public ActorDetail get(@Parameter(example = "andrew-ng") @PathParam("slug") String slug) {
        Actor a = find(slug);
        List<Facts.Row> rows = facts.positions("where p.actorId = :a", Map.of("a", a.id), "order by d.published, d.slug, m.slug", 0, 0);
        ActorTimeline timeline = ComparisonEngine.actor(slug, rows.stream().map(Facts.Row::facts).toList());
        Map<String, PositionView> byId = facts.withEvidence(rows).stream().collect(Collectors.toMap(PositionView::id, Function.identity()));
        Map<String, ReferenceView> references = ReferenceView.all(a.references, links);
        return new ActorDetail(summary(a, aliases(List.of(a)).getOrDefault(a.id, List.of())), a.description, references,
                timeline.positions().stream().map(p -> byId.get(p.id())).toList(),
                timeline.contradictions().stream().map(c -> new ContradictionView(c.measure(), byId.get(c.first().id()),
                        byId.get(c.second().id()))).toList(),
                timeline.reported().stream().map(p -> byId.get(p.id())).toList(),
                facts.signatures("where s.actorId = :a", Map.of("a", a.id), "order by d.slug", 0, 0));
    }

    @GET
    @Path("{slug}/agreement/{other}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @Operation(summary = "Agreement between two actors", description = "Over the measures both took a position on (their "
            + "latest stance on each): whether they lean the same way (for, against, wants more, neutral), and the share that agree.")
    public ActorAgreement agreement(@Parameter(example = "andrew-ng") @PathParam("slug") String slug,
            @Parameter(example = "yann-lecun") @PathParam("other") String other) {
        List<Long> both = List.of(find(slug).id, find(other).id);
        List<Facts.Row> rows = facts.positions("where p.actorId in :both", Map.of("both", both), "order by d.published", 0, 0);
        return ComparisonEngine.agreement(slug, other, rows.stream().map(Facts.Row::facts).toList());
    }

    Actor find(String slug) {
        Actor a = Actor.findBySlug(slug);
        if (a == null) {
            throw ProblemException.unknown("actor", slug);
        }
        return a;
    }

    private Map<Long, List<String>> aliases(List<Actor> actors) {
        if (actors.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, al from Actor a join a.aliases al where a in :actors", Object[].class)
                .setParameter("actors", actors).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    private ActorSummary summary(Actor a, List<String> aliases) {
        return new ActorSummary(a.slug, a.kind, a.nameEn, a.nameZh, aliases, a.affiliation, links.page("actors", a.slug),
                links.api("actors", a.slug));
    }

    /** For pages: a reference to an actor. */
    public ActorRef ref(Actor a) {
        return new ActorRef(a.slug, a.kind.code(), a.nameEn, a.nameZh, links.page("actors", a.slug), links.api("actors", a.slug));
    }
}
