package org.concordance.measure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.concordance.compare.ComparisonEngine;
import org.concordance.compare.MeasureFacts;
import org.concordance.compare.PositionFacts;
import org.concordance.compare.Views.Coalition;
import org.concordance.compare.Views.TypeComparison;
import org.concordance.document.DocumentQueries;
import org.concordance.measure.MeasureViews.*;
import org.concordance.position.Facts;
import org.concordance.position.Stance;
import org.concordance.web.Links;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.web.Refs.MeasureRef;
import org.concordance.web.Refs.PositionView;

/** Measure and measure-type reads, feeding the comparison engine; each a fixed number of queries. */
@ApplicationScoped
public class MeasureQueries {

    @Inject
    EntityManager em;

    @Inject
    Facts facts;

    @Inject
    Links links;

    @Inject
    DocumentQueries documents;

    List<MeasureSummary> list(Query q, PageRequest page) {
        String order = switch (page.sort()) {
            case "type" -> "m.type " + (page.descending() ? "desc" : "asc") + ", m.slug";
            default -> "m.slug " + (page.descending() ? "desc" : "asc");
        };
        TypedQuery<Object[]> query = em.createQuery("select m, d.slug from Measure m join m.document d " + q.where()
                + " order by " + order, Object[].class);
        q.params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(r -> {
            Measure m = (Measure) r[0];
            return new MeasureSummary(m.slug, m.type, m.nameEn, m.nameZh, (String) r[1], m.parameters(),
                    links.page("measures", m.slug), links.api("measures", m.slug));
        }).toList();
    }

    long count(Query q) {
        TypedQuery<Long> query = em.createQuery("select count(m) from Measure m join m.document d " + q.where(), Long.class);
        q.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public MeasureDetail detail(String slug) {
        if (slug == null || !org.concordance.corpus.Slug.isValid(slug)) {
            throw ProblemException.unknown("measure", slug);
        }
        Object[] row = em.createQuery("select m, d from Measure m join m.document d where m.slug = :slug", Object[].class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.unknown("measure", slug));
        Measure m = (Measure) row[0];
        org.concordance.document.Document d = (org.concordance.document.Document) row[1];
        MeasureRef ref = facts.measureRef(m.slug, m.type, m.nameEn, m.nameZh, d.slug);
        List<Facts.Row> rows = facts.positions("where p.measureId = :m", Map.of("m", m.id), "order by d.published, d.slug, a.slug", 0, 0);
        List<PositionView> views = facts.withEvidence(rows);
        return new MeasureDetail(ref, m.type.labelEn(), m.type.labelZh(), m.parameters(), documents.ref(d), views,
                coalition(ref, rows, views));
    }

    public CoalitionView coalition(String slug) {
        return detail(slug).coalition();
    }

    private static CoalitionView coalition(MeasureRef ref, List<Facts.Row> rows, List<PositionView> views) {
        Map<String, PositionView> byId = views.stream().collect(Collectors.toMap(PositionView::id, Function.identity()));
        Coalition c = ComparisonEngine.coalition(ref.slug(), rows.stream().map(Facts.Row::facts).toList());
        return new CoalitionView(ref, c.groups().stream()
                .map(g -> new CoalitionGroupView(g.stance(), g.members().stream().map(p -> byId.get(p.id())).toList())).toList(),
                c.reported().stream().map(p -> byId.get(p.id())).toList());
    }

    /** The type summaries of one corpus version (by its import's row id): four aggregates over every position. */
    private record TypesOf(long importId, List<TypeSummary> types) {
    }

    private volatile TypesOf types;

    /**
     * Every measure type with its counts, computed once per corpus version: they are aggregates
     * over every position (seconds at 100,000 documents) and half the pages show them. The
     * version is the one this request's snapshot holds, so a kept value never mixes into an
     * answer from another.
     */
    public List<TypeSummary> types() {
        Long version = org.concordance.corpus.CorpusImport.latestId();
        TypesOf kept = types;
        if (kept != null && version != null && kept.importId() == version) {
            return kept.types();
        }
        List<TypeSummary> computed = computeTypes();
        if (version != null) {
            types = new TypesOf(version, computed);
        }
        return computed;
    }

    /** Forgets the kept type summaries (for tests that count what building an answer costs). */
    public void forgetTypes() {
        types = null;
    }

    private List<TypeSummary> computeTypes() {
        Map<MeasureType, long[]> counts = new EnumMap<>(MeasureType.class);
        for (MeasureType t : MeasureType.values()) {
            counts.put(t, new long[5]);
        }
        em.createQuery("select m.type, count(m) from Measure m group by m.type", Object[].class).getResultList()
                .forEach(r -> counts.get((MeasureType) r[0])[0] = (Long) r[1]);
        em.createQuery("select m.type, count(distinct p.document) from Position p join p.measure m where p.actor is null "
                + "group by m.type", Object[].class).getResultList().forEach(r -> counts.get((MeasureType) r[0])[1] = (Long) r[1]);
        em.createQuery("select m.type, count(distinct p.actor) from Position p join p.measure m where p.actor is not null "
                + "and p.basis <> org.concordance.position.Basis.REPORTED group by m.type", Object[].class).getResultList().forEach(r -> counts.get((MeasureType) r[0])[2] = (Long) r[1]);
        em.createQuery("select m.type, p.stance, count(p) from Position p join p.measure m "
                + "where p.basis <> org.concordance.position.Basis.REPORTED group by m.type, p.stance",
                Object[].class).getResultList().forEach(r -> {
                    Stance s = (Stance) r[1];
                    long n = (Long) r[2];
                    long[] c = counts.get((MeasureType) r[0]);
                    switch (org.concordance.compare.Leaning.of(s)) {
                        case FOR -> c[3] += n;
                        case AGAINST -> c[4] += n;
                        default -> { }
                    }
                });
        List<TypeSummary> out = new ArrayList<>();
        counts.forEach((t, c) -> out.add(summary(t, c)));
        return List.copyOf(out); // kept and shared by every request of the version
    }

    TypeSummary summary(MeasureType t, long[] c) {
        return new TypeSummary(t, t.labelEn(), t.labelZh(), t.core(), c[0], c[1], c[2], c[3], c[4],
                links.page("measure-types", t.code()), links.api("measure-types", t.code()));
    }

    public TypeComparisonView compare(MeasureType type) {
        List<MeasureFacts> measures = facts.measures("where m.type = :type", Map.of("type", type));
        List<Facts.Row> rows = facts.positions("where m.type = :type", Map.of("type", type), "order by d.published, d.slug", 0, 0);
        List<PositionView> views = facts.withEvidence(rows);
        Map<String, PositionView> byId = views.stream().collect(Collectors.toMap(PositionView::id, Function.identity()));
        TypeComparison c = ComparisonEngine.compareType(type, measures, rows.stream().map(Facts.Row::facts).toList());
        TypeSummary summary = types().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
        return new TypeComparisonView(summary, c.variants().stream().map(v -> new VariantView(
                facts.measureRef(v.measure().slug(), type, v.measure().nameEn(), v.measure().nameZh(), v.measure().document()),
                v.measure().parameters(), v.positions().stream().map((PositionFacts p) -> byId.get(p.id())).toList())).toList(),
                c.parameters());
    }
}
