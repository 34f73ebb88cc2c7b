package org.concordance.document;

import org.concordance.document.DocumentViews.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.concordance.actor.Actor;
import org.concordance.measure.Measure;
import org.concordance.position.Facts;
import org.concordance.web.Links;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.web.Refs.ActorRef;
import org.concordance.web.Refs.DocumentRef;
import org.concordance.web.Refs.PositionView;

/** Document reads for the API and the pages, each a fixed number of queries. */
@ApplicationScoped
public class DocumentQueries {

    @Inject
    EntityManager em;

    @Inject
    Facts facts;

    @Inject
    Links links;

    List<DocumentSummary> list(Query q, PageRequest page) {
        String order = switch (page.sort()) {
            // the undated last either way; newest first is read in order from ix_document_published_order
            case "published" -> page.descending() ? "d.publishedOrder desc, d.slug" : "d.published asc nulls last, d.slug";
            case "title" -> "d.titleEn " + (page.descending() ? "desc" : "asc") + ", d.slug";
            default -> "d.slug " + (page.descending() ? "desc" : "asc");
        };
        TypedQuery<Document> query = em.createQuery("select d from Document d " + q.where() + " order by " + order, Document.class);
        q.params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(this::summary).toList();
    }

    /** One page of every document, newest first and the undated last: the API's list without filters. */
    public org.concordance.web.Page<DocumentSummary> newest(int page, int size) {
        PageRequest request = new PageRequest(page, size, "published", true);
        Query all = new Query();
        return org.concordance.web.Page.of(list(all, request), count(all), request);
    }

    public long count(Query q) {
        TypedQuery<Long> query = em.createQuery("select count(d) from Document d " + q.where(), Long.class);
        q.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    DocumentSummary summary(Document d) {
        return new DocumentSummary(d.slug, d.kind.code(), d.language, d.titleEn, d.titleOriginal, d.titleDescriptive,
                d.published, d.publisher,
                d.url, links.page("documents", d.slug), links.api("documents", d.slug));
    }

    public DocumentRef ref(Document d) {
        return new DocumentRef(d.slug, d.kind.code(), d.language, d.titleEn, d.titleOriginal, d.titleDescriptive, d.published,
                links.page("documents", d.slug), links.api("documents", d.slug));
    }

    /** References for many documents in one query, in the order of {@code slugs}. */
    public List<DocumentRef> refs(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Document> found = new java.util.HashMap<>();
        em.createQuery("select d from Document d where d.slug in :s", Document.class).setParameter("s", slugs)
                .getResultList().forEach(d -> found.put(d.slug, d));
        return slugs.stream().filter(found::containsKey).map(s -> ref(found.get(s))).toList();
    }

    public Document find(String slug) {
        Document d = Document.findBySlug(slug);
        if (d == null) {
            throw ProblemException.unknown("document", slug);
        }
        return d;
    }

    /** Where a quote stands in a document's source text (code points, end exclusive). */
    public record QuoteSpan(String evidence, int start, int end) {
    }

    /** The exact source text of a document, or a 404 naming it. */
    public String text(String slug) {
        Document d = find(slug);
        if (d.sourceText == null) {
            throw ProblemException.unknown("source text for document", slug);
        }
        return d.sourceText.content();
    }

    /** Every quote whose source is this document, in text order. */
    public List<QuoteSpan> quoteSpans(Document d) {
        return quoteSpans(List.of(d)).getOrDefault(d.slug, List.of());
    }

    public DocumentDetail detail(String slug) {
        find(slug); // a 404 that names it
        return details(List.of(slug)).get(0);
    }

    /**
     * The details of many documents (the static export's batches), in the order given, in a fixed
     * number of queries for the whole batch: each part is loaded for every document at once.
     */
    public List<DocumentDetail> details(java.util.Collection<String> slugs) {
        List<String> valid = org.concordance.corpus.Slug.only(slugs);
        if (valid.isEmpty()) {
            return List.of();
        }
        Map<String, Document> found = new java.util.HashMap<>();
        // the references with the documents: loaded lazily, they would be a query per 16 documents
        em.createQuery("select d from Document d left join fetch d.sourceText left join fetch d.references where d.slug in :s",
                Document.class).setParameter("s", valid).getResultList().forEach(d -> found.put(d.slug, d));
        return details(valid.stream().filter(found::containsKey).map(found::get).toList());
    }

    private List<DocumentDetail> details(List<Document> docs) {
        List<Long> ids = docs.stream().map(d -> d.id).toList();
        Map<Long, List<ActorRef>> authors = new java.util.HashMap<>();
        em.createQuery("select d.id, a from Document d join d.authors a where d.id in :ids order by d.id, index(a)", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> {
                    Actor a = (Actor) r[1];
                    authors.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new ActorRef(a.slug, a.kind.code(), a.nameEn,
                            a.nameZh, links.page("actors", a.slug), links.api("actors", a.slug)));
                });
        Map<Long, List<DocumentLinkView>> related = new java.util.HashMap<>();
        em.createQuery("select l.source.id, l.relation, t from DocumentLink l join l.target t where l.source.id in :ids order by t.slug, l.relation",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> related.computeIfAbsent((Long) r[0],
                        k -> new ArrayList<>()).add(new DocumentLinkView(((LinkRelation) r[1]).code(), "outgoing", ref((Document) r[2]))));
        em.createQuery("select l.target.id, l.relation, s from DocumentLink l join l.source s where l.target.id in :ids order by s.slug, l.relation",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> related.computeIfAbsent((Long) r[0],
                        k -> new ArrayList<>()).add(new DocumentLinkView(((LinkRelation) r[1]).code(), "incoming", ref((Document) r[2]))));
        Map<Long, List<MeasureStated>> measures = new java.util.HashMap<>();
        em.createQuery("select d.id, d.slug, m from Measure m join m.document d where d.id in :ids order by m.slug", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> {
                    Measure m = (Measure) r[2];
                    measures.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new MeasureStated(
                            facts.measureRef(m.slug, m.type, m.nameEn, m.nameZh, (String) r[1]), m.parameters()));
                });
        Map<String, List<PositionView>> positions = new java.util.HashMap<>();
        facts.withEvidence(facts.positions("where p.documentId in :ids", Map.of("ids", ids), "order by m.type, m.slug, a.slug, p.stableId", 0, 0))
                .forEach(p -> positions.computeIfAbsent(p.recordedIn(), k -> new ArrayList<>()).add(p));
        List<org.concordance.web.Refs.SignatureView> signatures = facts.signaturesOfDocuments(ids, "order by a.slug, s.role, s.stableId");
        List<DocumentDetail> out = new ArrayList<>();
        for (Document d : docs) {
            List<PositionView> all = positions.getOrDefault(d.slug, List.of());
            SourceTextView text = d.sourceText == null ? null : new SourceTextView(d.sourceText.name, d.sourceText.sha256,
                    d.sourceText.lineCount, d.sourceText.provenance, d.sourceText.origin, d.sourceText.retrieved,
                    d.sourceText.partial, d.sourceText.gaps, links.page("documents", d.slug) + "/text",
                    links.api("documents", d.slug) + "/text");
            out.add(new DocumentDetail(ref(d), d.publisher, d.url, ReferenceView.all(d.references, links), d.summaryEn,
                    d.summaryZh, authors.getOrDefault(d.id, List.of()), related.getOrDefault(d.id, List.of()),
                    measures.getOrDefault(d.id, List.of()),
                    all.stream().filter(p -> p.holder().kind().equals("document")).toList(),
                    all.stream().filter(p -> p.holder().kind().equals("actor")).toList(),
                    signatures.stream().filter(s -> s.document().equals(d.slug) || s.recordedIn().equals(d.slug)).toList(),
                    text));
        }
        return out;
    }

    /** Every quote whose source is one of these documents, in text order, by document slug. */
    public Map<String, List<QuoteSpan>> quoteSpans(java.util.Collection<Document> docs) {
        Map<String, List<QuoteSpan>> out = new java.util.HashMap<>();
        if (docs.isEmpty()) {
            return out;
        }
        em.createQuery("select s.slug, e.stableId, e.startOffset, e.endOffset from Evidence e join e.source s where s in :d "
                + "order by s.slug, e.startOffset, e.stableId", Object[].class).setParameter("d", docs).getResultList()
                .forEach(r -> out.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add(new QuoteSpan((String) r[1], (Integer) r[2], (Integer) r[3])));
        return out;
    }

    /** The documents with these slugs and their source texts, in one query (for pages of many texts). */
    public List<Document> withTexts(java.util.Collection<String> slugs) {
        List<String> valid = org.concordance.corpus.Slug.only(slugs);
        return valid.isEmpty() ? List.of() : em.createQuery("select d from Document d left join fetch d.sourceText where d.slug in :s",
                Document.class).setParameter("s", valid).getResultList();
    }
}
