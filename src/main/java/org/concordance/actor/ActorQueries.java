package org.concordance.actor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.concordance.actor.ActorViews.*;
import org.concordance.compare.ComparisonEngine;
import org.concordance.compare.Views.ActorAgreement;
import org.concordance.compare.Views.ActorTimeline;
import org.concordance.document.DocumentViews.ReferenceView;
import org.concordance.position.Facts;
import org.concordance.web.Links;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.web.Refs.ActorRef;
import org.concordance.web.Refs.PositionView;

/** Actor reads for the API and the pages, each a fixed number of queries. */
@ApplicationScoped
public class ActorQueries {

    @Inject
    EntityManager em;

    @Inject
    Facts facts;

    @Inject
    Links links;

    /** One page of actors; {@code request.sort()} is name or slug. */
    public Page<ActorSummary> list(Query q, PageRequest request) {
        String order = (request.sort().equals("name") ? "a.nameEn" : "a.slug") + (request.descending() ? " desc" : " asc") + ", a.slug";
        TypedQuery<Actor> query = em.createQuery("select a from Actor a " + q.where() + " order by " + order, Actor.class);
        q.params.forEach(query::setParameter);
        List<Actor> actors = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        Map<Long, List<String>> aliases = aliases(actors);
        TypedQuery<Long> count = em.createQuery("select count(a) from Actor a " + q.where(), Long.class);
        q.params.forEach(count::setParameter);
        return Page.of(actors.stream().map(a -> summary(a, aliases.getOrDefault(a.id, List.of()))).toList(),
                count.getSingleResult(), request);
    }

    public ActorDetail detail(String slug) {
        find(slug); // a 404 that names it
        return details(List.of(slug)).get(0);
    }

    /** The details of many actors (the static export's batches), in the order given, in a fixed number of queries. */
    public List<ActorDetail> details(java.util.Collection<String> slugs) {
        List<String> valid = org.concordance.corpus.Slug.only(slugs);
        if (valid.isEmpty()) {
            return List.of();
        }
        // the references with the actors: loaded lazily, they would be a query per 16 actors
        Map<String, Actor> found = em.createQuery("select a from Actor a left join fetch a.references where a.slug in :s", Actor.class)
                .setParameter("s", valid)
                .getResultList().stream().collect(Collectors.toMap(a -> a.slug, Function.identity()));
        return details(valid.stream().filter(found::containsKey).map(found::get).toList());
    }

    private List<ActorDetail> details(List<Actor> actors) {
        List<Long> ids = actors.stream().map(a -> a.id).toList();
        List<Facts.Row> rows = facts.positions("where p.actorId in :a", Map.of("a", ids), "order by d.published, d.slug, m.slug, p.stableId", 0, 0);
        Map<String, PositionView> byId = facts.withEvidence(rows).stream().collect(Collectors.toMap(PositionView::id, Function.identity()));
        Map<String, List<Facts.Row>> own = rows.stream().collect(Collectors.groupingBy(r -> r.facts().holder()));
        Map<String, List<org.concordance.web.Refs.SignatureView>> signatures = facts
                .signatures("where s.actorId in :a", Map.of("a", ids), "order by d.slug, s.stableId", 0, 0).stream()
                .collect(Collectors.groupingBy(s -> s.actor().slug()));
        Map<Long, List<String>> aliases = aliases(actors);
        return actors.stream().map(a -> {
            ActorTimeline timeline = ComparisonEngine.actor(a.slug, own.getOrDefault(a.slug, List.of()).stream()
                    .map(Facts.Row::facts).toList());
            return new ActorDetail(summary(a, aliases.getOrDefault(a.id, List.of())), a.description,
                    ReferenceView.all(a.references, links),
                    timeline.positions().stream().map(p -> byId.get(p.id())).toList(),
                    timeline.contradictions().stream().map(c -> new ContradictionView(c.measure(), byId.get(c.first().id()),
                            byId.get(c.second().id()))).toList(),
                    timeline.reported().stream().map(p -> byId.get(p.id())).toList(),
                    signatures.getOrDefault(a.slug, List.of()));
        }).toList();
    }

    public ActorAgreement agreement(String slug, String other) {
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
        return em.createQuery("select a.id, al from Actor a join a.aliases al where a in :actors order by a.id, index(al)", Object[].class)
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
