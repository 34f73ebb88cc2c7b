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
import org.concordance.corpus.PerVersion;
import org.concordance.compare.Views.Coalition;
import org.concordance.compare.Views.DatedCount;
import org.concordance.compare.Views.SupportOverTime;
import org.concordance.compare.Views.ParameterSummary;
import org.concordance.document.DocumentQueries;
import org.concordance.measure.MeasureViews.*;
import org.concordance.position.Facts;
import org.concordance.position.Stance;
import org.concordance.web.Links;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.position.Refs.MeasureRef;
import org.concordance.position.Refs.PositionView;

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
        return detail(slug, 1);
    }

    /** Page {@code page} of a measure: its parameters, and a page of its positions in coalition order. */
    public MeasureDetail detail(String slug, int page) {
        if (slug == null || !org.concordance.corpus.Slug.isValid(slug)) {
            throw ProblemException.unknown("measure", slug);
        }
        List<MeasureDetail> found = details(List.of(slug), page);
        if (found.isEmpty()) {
            throw ProblemException.unknown("measure", slug);
        }
        MeasureDetail d = found.get(0);
        org.concordance.web.Page.check("measure " + slug, page, d.pages());
        return d;
    }

    public List<MeasureDetail> details(java.util.Collection<String> slugs) {
        return details(slugs, 1);
    }

    /**
     * The details of many measures (the static export's batches), in the order given, at the same
     * page, in a fixed number of queries: every position's row, then the evidence of those shown.
     */
    public List<MeasureDetail> details(java.util.Collection<String> slugs, int page) {
        List<String> valid = org.concordance.corpus.Slug.only(slugs);
        if (valid.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> found = em.createQuery("select m, d from Measure m join m.document d where m.slug in :s", Object[].class)
                .setParameter("s", valid).getResultList().stream().collect(Collectors.toMap(r -> ((Measure) r[0]).slug,
                        Function.identity()));
        Map<String, List<Facts.Row>> ordered = inCoalitionOrder(found.values().stream().map(r -> ((Measure) r[0]).id).toList());
        int rows = org.concordance.web.PageRequest.DETAIL_ROWS;
        List<Facts.Row> shownRows = new ArrayList<>();
        ordered.values().forEach(all -> shownRows.addAll(Page.slice(all, page, rows)));
        Map<String, PositionView> shown = facts.withEvidence(shownRows).stream()
                .collect(Collectors.toMap(PositionView::id, Function.identity()));
        return valid.stream().filter(found::containsKey).map(slug -> {
            Measure m = (Measure) found.get(slug)[0];
            org.concordance.document.Document d = (org.concordance.document.Document) found.get(slug)[1];
            MeasureRef ref = facts.measureRef(m.slug, m.type, m.nameEn, m.nameZh, d.slug);
            List<Facts.Row> all = ordered.getOrDefault(slug, List.of());
            List<PositionView> onPage = Page.slice(all, page, rows).stream().map(r -> shown.get(r.view().id())).toList();
            return new MeasureDetail(ref, m.type.labelEn(), m.type.labelZh(), m.parameters(), documents.ref(d), onPage,
                    coalition(ref, all, onPage), all.size(), page, Page.pages(all.size(), rows));
        }).toList();
    }

    /**
     * The positions on these measures without their evidence, by measure slug, in the order of
     * the engine's coalition: each stance group in turn, then the third parties' accounts.
     */
    private Map<String, List<Facts.Row>> inCoalitionOrder(List<Long> ids) {
        Map<String, List<Facts.Row>> rowsOf = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            facts.positions("where p.measureId in :m", Map.of("m", ids), "order by d.published, d.slug, a.slug, p.stableId", 0, 0)
                    .forEach(r -> rowsOf.computeIfAbsent(r.facts().measure(), k -> new ArrayList<>()).add(r));
        }
        Map<String, List<Facts.Row>> out = new java.util.HashMap<>();
        rowsOf.forEach((measure, rows) -> {
            Map<String, Facts.Row> byId = rows.stream().collect(Collectors.toMap(r -> r.facts().id(), Function.identity()));
            Coalition c = ComparisonEngine.coalition(measure, rows.stream().map(Facts.Row::facts).toList());
            List<Facts.Row> order = new ArrayList<>();
            c.groups().forEach(g -> g.members().forEach(p -> order.add(byId.get(p.id()))));
            c.reported().forEach(p -> order.add(byId.get(p.id())));
            out.put(measure, order);
        });
        return out;
    }

    public CoalitionView coalition(String slug, int page) {
        return detail(slug, page).coalition();
    }

    /** A page of the coalition: each group's members on the page (in the page's order), and each group's whole count. */
    private static CoalitionView coalition(MeasureRef ref, List<Facts.Row> all, List<PositionView> onPage) {
        Map<org.concordance.position.Stance, Long> totals = new EnumMap<>(org.concordance.position.Stance.class);
        long reported = 0;
        for (Facts.Row r : all) {
            if (r.facts().reported()) {
                reported++;
            } else {
                totals.merge(r.facts().stance(), 1L, Long::sum);
            }
        }
        List<CoalitionGroupView> groups = new ArrayList<>();
        for (org.concordance.position.Stance s : ComparisonEngine.STANCE_PRIORITY) {
            groups.add(new CoalitionGroupView(s, onPage.stream()
                    .filter(p -> p.stance() == s && p.basis() != org.concordance.position.Basis.REPORTED).toList(),
                    totals.getOrDefault(s, 0L)));
        }
        return new CoalitionView(ref, groups, onPage.stream().filter(p -> p.basis() == org.concordance.position.Basis.REPORTED)
                .toList(), reported);
    }

    /**
     * Which page of a measure holds a position (the target of its permalink,
     * {@code /measures/m?position=id}); a 404 when the measure has no such position.
     */
    public int pageOfPosition(String slug, String position) {
        Integer page = positionPages(slug).get(position);
        if (page == null) {
            throw ProblemException.notOn("position", position, "measure " + slug);
        }
        return page;
    }

    /** For each position on a measure, the page of the measure that shows it. */
    public Map<String, Integer> positionPages(String slug) {
        long id = facts.idOf("Measure", slug);
        if (id < 0) {
            throw ProblemException.unknown("measure", slug);
        }
        List<Facts.Row> all = inCoalitionOrder(List.of(id)).getOrDefault(slug, List.of());
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            out.put(all.get(i).view().id(), i / org.concordance.web.PageRequest.DETAIL_ROWS + 1);
        }
        return out;
    }

    /** The measures whose positions fill more than one page. */
    public java.util.Set<String> withPagedPositions() {
        List<Long> big = em.createQuery("select p.measureId from Position p group by p.measureId having count(p) > :rows", Long.class)
                .setParameter("rows", (long) org.concordance.web.PageRequest.DETAIL_ROWS).getResultList();
        return big.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select m.slug from Measure m where m.id in :ids", String.class).setParameter("ids", big).getResultList());
    }

    /** What is kept per corpus version: the type summaries, and per type its parameter summary and coalition. */
    private final PerVersion<Boolean, List<TypeSummary>> types = new PerVersion<>();
    private final PerVersion<MeasureType, List<ParameterSummary>> parameters = new PerVersion<>();
    private final PerVersion<MeasureType, TypeCoalition> coalitions = new PerVersion<>();
    private final PerVersion<MeasureType, SupportOverTime> overTime = new PerVersion<>();

    /**
     * Every measure type with its counts, computed once per corpus version: they are aggregates
     * over every position (seconds at 100,000 documents) and half the pages show them.
     */
    public List<TypeSummary> types() {
        return types.get(true, all -> computeTypes());
    }

    /** Forgets what is kept per version (for tests that count what building an answer costs). */
    public void forgetTypes() {
        types.forget();
        parameters.forget();
        coalitions.forget();
        overTime.forget();
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

    /** How many positions of each stance group a type comparison shows (the rest: the group's API list). */
    public static final int GROUP_SHOWN = 10;

    /** The order of the API's position list, so a group's first positions are that list's first page. */
    static final String BY_DATE = "order by p.publishedOrder, p.stableId";

    private static final String OWN = "p.basis <> org.concordance.position.Basis.REPORTED";

    /**
     * One measure type compared across its variants, bounded whatever their number: the parameter
     * summary over all of them (kept per corpus version), the coalition's groups with their first
     * positions, and one page of variants sorted by slug.
     */
    public TypeComparisonView compare(MeasureType type, PageRequest page) {
        TypeSummary summary = types().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
        List<ParameterSummary> params = parameters(type);
        Map<String, Object> ofType = Map.of("type", type);

        TypeCoalition coalition = coalition(type);
        List<MeasureFacts> variants = facts.measures("where m.type = :type order by m.slug", ofType, page.offset(), page.size());
        Map<String, Map<Stance, Long>> variantCounts = new java.util.HashMap<>();
        if (!variants.isEmpty()) {
            // By the position's own column: H2 plans a condition on the joined measure as a scan of every position.
            Map<Long, String> slugs = new java.util.HashMap<>();
            em.createQuery("select m.id, m.slug from Measure m where m.slug in :slugs", Object[].class)
                    .setParameter("slugs", variants.stream().map(MeasureFacts::slug).toList()).getResultList()
                    .forEach(r -> slugs.put((Long) r[0], (String) r[1]));
            em.createQuery("select p.measureId, p.stance, count(p) from Position p where p.measureId in :ids and "
                    + OWN + " group by p.measureId, p.stance", Object[].class)
                    .setParameter("ids", slugs.keySet()).getResultList().stream()
                    .map(r -> new Object[] { slugs.get((Long) r[0]), r[1], r[2] })
                    .forEach(r -> variantCounts.computeIfAbsent((String) r[0], k -> new EnumMap<>(Stance.class))
                            .put((Stance) r[1], (Long) r[2]));
        }
        List<VariantView> items = variants.stream().map(v -> {
            Map<Stance, Long> c = variantCounts.getOrDefault(v.slug(), Map.of());
            return new VariantView(facts.measureRef(v.slug(), type, v.nameEn(), v.nameZh(), v.document()), v.parameters(),
                    ComparisonEngine.strictestOn(params, v), ComparisonEngine.STANCE_PRIORITY.stream()
                            .filter(c::containsKey).map(s -> new StanceCount(s, c.get(s))).toList());
        }).toList();
        return new TypeComparisonView(summary, params, coalition.groups(), coalition.reported(), overTime(type),
                Page.of(items, summary.measures(), page));
    }

    /** A type's coalition: the same on every page of its variants, so kept per corpus version. */
    private record TypeCoalition(List<StanceGroupView> groups, StanceGroupView reported) {
    }

    private TypeCoalition coalition(MeasureType type) {
        return coalitions.get(type, this::computeCoalition);
    }

    /** Per stance: how many positions (third parties' accounts apart) and the first {@link #GROUP_SHOWN} by date. */
    private TypeCoalition computeCoalition(MeasureType type) {
        // One pass over the type's positions, their sort keys only (by date as the position list,
        // the undated last); then the first of each group are loaded whole, in one query.
        record Key(long id, Stance stance, java.time.LocalDate publishedOrder, String stableId, boolean reported) {
        }
        Map<Stance, List<Key>> byStance = new EnumMap<>(Stance.class);
        List<Key> reportedKeys = new ArrayList<>();
        em.createQuery("select p.id, p.stance, p.publishedOrder, p.stableId, p.basis from Position p join p.measure m "
                + "where m.type = :type", Object[].class).setParameter("type", type).getResultList().forEach(r -> {
                    Key k = new Key((Long) r[0], (Stance) r[1], (java.time.LocalDate) r[2], (String) r[3],
                            r[4] == org.concordance.position.Basis.REPORTED);
                    (k.reported() ? reportedKeys : byStance.computeIfAbsent(k.stance(), x -> new ArrayList<>())).add(k);
                });
        java.util.Comparator<Key> byDate = java.util.Comparator.comparing(Key::publishedOrder).thenComparing(Key::stableId);
        java.util.Set<Long> first = new java.util.HashSet<>();
        byStance.values().forEach(keys -> keys.stream().sorted(byDate).limit(GROUP_SHOWN).forEach(k -> first.add(k.id())));
        reportedKeys.stream().sorted(byDate).limit(GROUP_SHOWN).forEach(k -> first.add(k.id()));
        List<PositionView> shown = first.isEmpty() ? List.of()
                : facts.withEvidence(facts.positions("where p.id in :ids", Map.of("ids", first), BY_DATE, 0, 0));
        String positions = links.to("api/positions") + "?measure-type=" + type.code();
        List<StanceGroupView> groups = new ArrayList<>();
        for (Stance s : ComparisonEngine.STANCE_PRIORITY) {
            if (byStance.containsKey(s)) {
                groups.add(new StanceGroupView(s, byStance.get(s).size(), shown.stream()
                        .filter(v -> v.stance() == s && v.basis() != org.concordance.position.Basis.REPORTED).toList(),
                        positions + "&stance=" + s.code() + "&basis=direct,signature"));
            }
        }
        StanceGroupView reported = new StanceGroupView(null, reportedKeys.size(), shown.stream()
                .filter(v -> v.basis() == org.concordance.position.Basis.REPORTED).toList(), positions + "&basis=reported");
        return new TypeCoalition(List.copyOf(groups), reported);
    }

    /**
     * A type's support and opposition over time, kept per corpus version: one aggregate over its
     * positions (third parties' accounts apart) by the year and month of the document that records
     * each, and stance; at most 12 rows a year and stance, whatever the number of positions.
     */
    public SupportOverTime overTime(MeasureType type) {
        return overTime.get(type, t -> ComparisonEngine.supportOverTime(em.createQuery(
                "select extract(year from d.published), extract(month from d.published), p.stance, count(p) from Position p "
                        + "join p.measure m join p.document d where m.type = :type and " + OWN + " group by "
                        + "extract(year from d.published), extract(month from d.published), p.stance", Object[].class)
                .setParameter("type", t).getResultList().stream().map(r -> new DatedCount(
                        r[0] == null ? null : ((Number) r[0]).intValue(), r[1] == null ? null : ((Number) r[1]).intValue(),
                        (Stance) r[2], ((Number) r[3]).longValue())).toList()));
    }

    /** The parameter summary of one type, computed once per corpus version (like {@link #types()}). */
    List<ParameterSummary> parameters(MeasureType type) {
        return parameters.get(type, t -> List.copyOf(ComparisonEngine.typeParameters(t,
                facts.measures("where m.type = :type", Map.of("type", t)))));
    }
}
