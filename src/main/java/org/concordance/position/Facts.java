package org.concordance.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.concordance.actor.SignatureRole;
import org.concordance.compare.MeasureFacts;
import org.concordance.compare.PositionFacts;
import org.concordance.measure.Measure;
import org.concordance.measure.MeasureType;
import org.concordance.web.Links;
import org.concordance.position.Refs.ActorRef;
import org.concordance.position.Refs.EvidenceView;
import org.concordance.position.Refs.HolderRef;
import org.concordance.position.Refs.MeasureRef;
import org.concordance.position.Refs.PositionView;
import org.concordance.position.Refs.Selector;
import org.concordance.position.Refs.SignatureView;

/**
 * Loads what the engine and the API need, each call a fixed number of queries whatever the
 * data size: tuples by join, evidence for a whole page of positions in one query, never a
 * query per row.
 */
@ApplicationScoped
public class Facts {

    /** Position columns shared by every position query: see {@link #position(Object[])}. */
    static final String POSITION_SELECT = "select p.id, m.slug, m.type, m.nameEn, m.nameZh, md.slug, a.slug, a.nameEn, a.nameZh, "
            + "d.slug, d.titleEn, d.titleOriginal, d.published, p.stance, p.basis, v.slug, p.note, "
            + "(select count(e) from Evidence e where e.position = p), p.stableId, rb.slug, rb.kind, rb.nameEn, rb.nameZh "
            + "from Position p join p.measure m join m.document md join p.document d left join p.actor a left join p.via v "
            + "left join p.reportedBy rb ";

    /** The signature list's order: by document or by actor, the stable id last (so that pages never overlap). */
    public static String signatureOrder(boolean byActor, boolean descending) {
        String dir = descending ? " desc" : " asc";
        return "order by " + (byActor ? "a.slug" + dir + ", d.slug" : "d.slug" + dir + ", a.slug") + ", s.stableId";
    }

    /** The position list's default order, oldest first, read from ix_position_published_order (the undated last). */
    public static final String POSITIONS_BY_DATE = "order by p.publishedOrder, p.stableId";

    @Inject
    EntityManager em;

    @Inject
    Links links;

    /** A position row without its evidence; {@link #withEvidence} adds it for a whole list in one query. */
    public record Row(long rowId, PositionFacts facts, PositionView view) {
    }

    public List<MeasureFacts> measures(String where, Map<String, Object> params) {
        return measures(where, params, 0, 0);
    }

    /** One page of measures ({@code limit} 0: all of them). */
    public List<MeasureFacts> measures(String where, Map<String, Object> params, int offset, int limit) {
        TypedQuery<Object[]> q = em.createQuery("select m, d.slug from Measure m join m.document d " + where, Object[].class);
        params.forEach(q::setParameter);
        if (limit > 0) {
            q.setFirstResult(offset).setMaxResults(limit);
        }
        List<MeasureFacts> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            Measure m = (Measure) r[0];
            out.add(new MeasureFacts(m.slug, m.type, (String) r[1], m.nameEn, m.nameZh, m.parameters()));
        }
        return out;
    }

    public List<Row> positions(String where, Map<String, Object> params, String orderBy, int offset, int limit) {
        TypedQuery<Object[]> q = em.createQuery(POSITION_SELECT + where + " " + orderBy, Object[].class);
        params.forEach(q::setParameter);
        if (limit > 0) {
            q.setFirstResult(offset).setMaxResults(limit);
        }
        return q.getResultList().stream().map(this::position).toList();
    }

    /** How many positions a condition on the position's own columns (and subqueries) selects. */
    public long countOwnPositions(String where, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery("select count(p) from Position p " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** One page of position row ids, from the position table alone (so that an index can give the order). */
    public List<Long> positionIds(String where, Map<String, Object> params, String orderBy, int offset, int limit) {
        TypedQuery<Long> q = em.createQuery("select p.id from Position p " + where + " " + orderBy, Long.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The positions with these row ids, in the order given. */
    public List<Row> positionsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        positions("where p.id in :ids", Map.of("ids", ids), "", 0, 0).forEach(r -> byId.put(r.rowId(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Row position(Object[] r) {
        long id = (Long) r[0];
        String measure = (String) r[1];
        MeasureType type = (MeasureType) r[2];
        String actor = (String) r[6];
        String document = (String) r[9];
        LocalDate date = (LocalDate) r[12];
        Stance stance = (Stance) r[13];
        Basis basis = (Basis) r[14];
        String via = (String) r[15];
        int evidence = ((Number) r[17]).intValue();
        String stableId = (String) r[18];
        String reporter = (String) r[19];
        ActorRef reportedBy = reporter == null ? null : new ActorRef(reporter, ((org.concordance.Coded) r[20]).code(),
                (String) r[21], (String) r[22], links.page("actors", reporter), links.api("actors", reporter));
        PositionFacts facts = new PositionFacts(stableId, measure, type, actor != null ? actor : document, actor != null,
                document, date, stance, basis, via, evidence);
        HolderRef holder = actor != null
                ? new HolderRef("actor", actor, (String) r[7], (String) r[8], links.page("actors", actor), links.api("actors", actor))
                : new HolderRef("document", document, (String) r[10], (String) r[11], links.page("documents", document),
                        links.api("documents", document));
        PositionView view = new PositionView(stableId, measureRef(measure, type, (String) r[3], (String) r[4], (String) r[5]),
                holder, document, date, stance, basis, via, reportedBy, (String) r[16], evidence, List.of(),
                links.item("measures", measure, "position", stableId));
        return new Row(id, facts, view);
    }

    public MeasureRef measureRef(String slug, MeasureType type, String nameEn, String nameZh, String document) {
        return new MeasureRef(slug, type, nameEn, nameZh, document, links.page("measures", slug), links.api("measures", slug));
    }

    /** The same positions with their evidence, loaded in one query. */
    public List<PositionView> withEvidence(List<Row> rows) {
        Map<Long, List<EvidenceView>> evidence = evidence("e.position.id", rows.stream().map(Row::rowId).toList());
        return rows.stream().map(r -> {
            PositionView v = r.view();
            return new PositionView(v.id(), v.measure(), v.holder(), v.recordedIn(), v.date(), v.stance(), v.basis(), v.via(),
                    v.reportedBy(), v.note(), v.evidenceCount(), evidence.getOrDefault(r.rowId(), List.of()), v.html());
        }).toList();
    }

    /** Evidence of many positions or signatures, grouped by owner id, in quote order. */
    Map<Long, List<EvidenceView>> evidence(String ownerPath, Collection<Long> ids) {
        Map<Long, List<EvidenceView>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select " + ownerPath + ", e.quote, e.language, e.translationEn, s.slug, "
                + "e.lineStart, e.lineEnd, e.section, e.stableId, e.exact, e.prefix, e.suffix, e.startOffset, e.endOffset, "
                + "t.name, t.sha256 from Evidence e join e.source s left join s.sourceText t where " + ownerPath
                + " in :ids order by " + ownerPath + ", e.ordinal", Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            int start = (Integer) r[5];
            int end = (Integer) r[6];
            String lines = start == end ? "line " + start : "lines " + start + "-" + end;
            String locator = r[7] == null ? lines : r[7] + ", " + lines;
            String id = (String) r[8];
            Selector selector = new Selector((String) r[9], (String) r[10], (String) r[11], (Integer) r[12], (Integer) r[13],
                    (String) r[14], (String) r[15]);
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new EvidenceView(id, (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], locator, (String) r[7], start, end, selector,
                    links.page("documents", (String) r[4]) + "/text#evidence-" + id));
        }
        return out;
    }

    public List<SignatureView> signatures(String where, Map<String, Object> params, String orderBy, int offset, int limit) {
        return withSignatureEvidence(signatureRows(where, params, orderBy, offset, limit));
    }

    /** A signature row without its evidence; {@link #withSignatureEvidence} adds it for a whole list in one query. */
    public record SignatureRow(long rowId, SignatureView view) {
    }

    public List<SignatureRow> signatureRows(String where, Map<String, Object> params, String orderBy, int offset, int limit) {
        TypedQuery<Object[]> q = em.createQuery("select s.id, a.slug, a.kind, a.nameEn, a.nameZh, d.slug, r.slug, s.role, "
                + "s.affiliation, s.reason, s.stableId from Signature s join s.actor a join s.document d join s.recordedIn r " + where
                + " " + orderBy, Object[].class);
        params.forEach(q::setParameter);
        if (limit > 0) {
            q.setFirstResult(offset).setMaxResults(limit);
        }
        List<SignatureRow> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            String actor = (String) r[1];
            out.add(new SignatureRow((Long) r[0], new SignatureView((String) r[10], new ActorRef(actor, ((org.concordance.Coded) r[2]).code(),
                    (String) r[3], (String) r[4], links.page("actors", actor), links.api("actors", actor)), (String) r[5], (String) r[6],
                    ((SignatureRole) r[7]).code(), (String) r[8], (String) r[9], List.of(),
                    links.item("documents", (String) r[5], "signature", (String) r[10]))));
        }
        return out;
    }

    /** The same signatures with their evidence, loaded in one query. */
    public List<SignatureView> withSignatureEvidence(List<SignatureRow> rows) {
        Map<Long, List<EvidenceView>> evidence = evidence("e.signature.id", rows.stream().map(SignatureRow::rowId).toList());
        return rows.stream().map(r -> {
            SignatureView v = r.view();
            return new SignatureView(v.id(), v.actor(), v.document(), v.recordedIn(), v.role(), v.affiliation(), v.reason(),
                    evidence.getOrDefault(r.rowId(), List.of()), v.html());
        }).toList();
    }

    /**
     * The signatures on these documents or recorded in them. The ids come first, each through its
     * own index: H2 answers an OR over the two columns, or a condition on a joined table, by
     * reading every document. Three queries whatever the size.
     */
    public List<SignatureView> signaturesOfDocuments(Collection<Long> documentIds, String orderBy) {
        return withSignatureEvidence(signatureRowsOfDocuments(documentIds, orderBy));
    }

    /** {@link #signaturesOfDocuments} without the evidence. */
    public List<SignatureRow> signatureRowsOfDocuments(Collection<Long> documentIds, String orderBy) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(em.createQuery(
                "select s.id from Signature s where s.documentId in :d", Long.class).setParameter("d", documentIds).getResultList());
        ids.addAll(em.createQuery("select s.id from Signature s where s.recordedInId in :d", Long.class)
                .setParameter("d", documentIds).getResultList());
        return ids.isEmpty() ? List.of() : signatureRows("where s.id in :ids", Map.of("ids", ids), orderBy, 0, 0);
    }

    /** The row id of the entity with this slug ({@code Document}, {@code Actor}, {@code Measure}), or -1: no row has it. */
    public long idOf(String entity, String slug) {
        return em.createQuery("select e.id from " + entity + " e where e.slug = :slug", Long.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElse(-1L);
    }

    public long countSignatures(String where, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery("select count(s) from Signature s join s.actor a join s.document d "
                + "join s.recordedIn r " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** For each document, the actors who signed or initiated it. */
    public Map<String, java.util.Set<String>> signatories(Collection<String> documents) {
        Map<String, java.util.Set<String>> out = new LinkedHashMap<>();
        documents.forEach(d -> out.put(d, new java.util.TreeSet<>()));
        if (documents.isEmpty()) {
            return out;
        }
        em.createQuery("select d.slug, a.slug from Signature s join s.actor a join s.document d "
                + "where d.slug in :docs and s.role in :roles", Object[].class)
                .setParameter("docs", documents).setParameter("roles", SignatureRole.ENDORSING)
                .getResultList().forEach(r -> out.get((String) r[0]).add((String) r[1]));
        return out;
    }
}
