package org.concordance.actor;

import java.util.ArrayList;
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
import org.concordance.compare.Views.HistoryStep;
import org.concordance.compare.Views.StanceHistory;
import org.concordance.compare.Views.TypeHistory;
import org.concordance.document.DocumentViews.ReferenceView;
import org.concordance.position.Facts;
import org.concordance.web.Links;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.position.Refs.ActorRef;
import org.concordance.position.Refs.PositionView;

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
        return detail(slug, 1);
    }

    /** Page {@code page} of an actor: a page of each of its lists, the contradictions over all of them. */
    public ActorDetail detail(String slug, int page) {
        find(slug); // a 404 that names it
        ActorDetail d = details(List.of(slug), page).get(0);
        org.concordance.web.Page.check("actor " + slug, page, d.pages());
        return d;
    }

    public List<ActorDetail> details(java.util.Collection<String> slugs) {
        return details(slugs, 1);
    }

    /** The details of many actors (the static export's batches), in the order given, at the same page, in a fixed number of queries. */
    public List<ActorDetail> details(java.util.Collection<String> slugs, int page) {
        List<String> valid = org.concordance.corpus.Slug.only(slugs);
        if (valid.isEmpty()) {
            return List.of();
        }
        // the references with the actors: loaded lazily, they would be a query per 16 actors
        Map<String, Actor> found = em.createQuery("select a from Actor a left join fetch a.references where a.slug in :s", Actor.class)
                .setParameter("s", valid)
                .getResultList().stream().collect(Collectors.toMap(a -> a.slug, Function.identity()));
        return details(valid.stream().filter(found::containsKey).map(found::get).toList(), page);
    }

    private List<ActorDetail> details(List<Actor> actors, int page) {
        int rows = PageRequest.DETAIL_ROWS;
        List<Long> ids = actors.stream().map(a -> a.id).toList();
        List<Facts.Row> positionRows = facts.positions("where p.actorId in :a", Map.of("a", ids),
                "order by d.published, d.slug, m.slug, p.stableId", 0, 0);
        Map<String, Facts.Row> rowOf = positionRows.stream().collect(Collectors.toMap(r -> r.facts().id(), Function.identity()));
        Map<String, List<Facts.Row>> own = positionRows.stream().collect(Collectors.groupingBy(r -> r.facts().holder()));
        Map<String, List<Facts.SignatureRow>> signatureRows = facts
                .signatureRows("where s.actorId in :a", Map.of("a", ids), "order by d.slug, s.stableId", 0, 0).stream()
                .collect(Collectors.groupingBy(s -> s.view().actor().slug()));
        Map<String, ActorTimeline> timelines = new java.util.HashMap<>();
        Map<String, StanceHistory> histories = new java.util.HashMap<>();
        List<Facts.Row> shownRows = new ArrayList<>();
        List<Facts.SignatureRow> shownSignatures = new ArrayList<>();
        for (Actor a : actors) {
            List<org.concordance.compare.PositionFacts> ofActor = own.getOrDefault(a.slug, List.of()).stream().map(Facts.Row::facts).toList();
            ActorTimeline t = ComparisonEngine.actor(a.slug, ofActor);
            timelines.put(a.slug, t);
            // the history over every position, as the contradictions: the same on every page of the lists
            StanceHistory h = ComparisonEngine.stanceHistory(a.slug, ofActor);
            histories.put(a.slug, h);
            h.types().forEach(type -> {
                type.steps().forEach(step -> shownRows.add(rowOf.get(step.first().id())));
                type.undated().forEach(step -> shownRows.add(rowOf.get(step.first().id())));
            });
            Page.slice(t.positions(), page, rows).forEach(p -> shownRows.add(rowOf.get(p.id())));
            Page.slice(t.reported(), page, rows).forEach(p -> shownRows.add(rowOf.get(p.id())));
            t.contradictions().forEach(c -> {
                shownRows.add(rowOf.get(c.first().id()));
                shownRows.add(rowOf.get(c.second().id()));
            });
            shownSignatures.addAll(Page.slice(signatureRows.getOrDefault(a.slug, List.of()), page, rows));
        }
        Map<String, PositionView> byId = new java.util.HashMap<>();
        facts.withEvidence(shownRows.stream().distinct().toList()).forEach(p -> byId.put(p.id(), p));
        Map<String, org.concordance.position.Refs.SignatureView> signatures = new java.util.HashMap<>();
        facts.withSignatureEvidence(shownSignatures).forEach(s -> signatures.put(s.id(), s));
        Map<Long, List<String>> aliases = aliases(actors);
        return actors.stream().map(a -> {
            ActorTimeline timeline = timelines.get(a.slug);
            List<Facts.SignatureRow> signed = signatureRows.getOrDefault(a.slug, List.of());
            return new ActorDetail(summary(a, aliases.getOrDefault(a.id, List.of())), a.description,
                    ReferenceView.all(a.references, links),
                    Page.slice(timeline.positions(), page, rows).stream().map(p -> byId.get(p.id())).toList(),
                    timeline.contradictions().stream().map(c -> new ContradictionView(c.measure(), byId.get(c.first().id()),
                            byId.get(c.second().id()))).toList(),
                    histories.get(a.slug).types().stream().map(type -> history(a.slug, type, byId)).toList(),
                    Page.slice(timeline.reported(), page, rows).stream().map(p -> byId.get(p.id())).toList(),
                    Page.slice(signed, page, rows).stream().map(s -> signatures.get(s.view().id())).toList(),
                    timeline.positions().size(), timeline.reported().size(), signed.size(), page,
                    Page.pages(Math.max(signed.size(), Math.max(timeline.positions().size(), timeline.reported().size())), rows));
        }).toList();
    }

    /** How many quotes of a history step's first position the step shows (its {@code evidenceCount} counts them all). */
    public static final int STEP_EVIDENCE = 3;

    private TypeHistoryView history(String actor, TypeHistory type, Map<String, PositionView> byId) {
        java.util.function.Function<HistoryStep, HistoryStepView> view = step -> {
            PositionView p = byId.get(step.first().id());
            return new HistoryStepView(p.id(), p.measure(), p.recordedIn(), p.date(), step.stance(), step.leaning(),
                    step.reversal(), step.reversedFrom(), step.sameMeasure(), step.positions(), step.last().id(),
                    step.last().recordedIn(), step.last().date(), p.note(), p.evidenceCount(),
                    List.copyOf(p.evidence().subList(0, Math.min(STEP_EVIDENCE, p.evidence().size()))), p.html());
        };
        return new TypeHistoryView(type.type(), type.positions(), type.reversals(), type.steps().stream().map(view).toList(),
                type.earlierSteps(), type.undated().stream().map(view).toList(), links.to("api/positions") + "?actor="
                        + Links.encode(actor) + "&measure-type=" + type.type().code() + "&basis=direct,signature");
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
