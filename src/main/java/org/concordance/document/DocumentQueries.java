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
        return em.createQuery("select e.stableId, e.startOffset, e.endOffset from Evidence e where e.source = :d "
                + "order by e.startOffset, e.stableId", Object[].class).setParameter("d", d).getResultList().stream()
                .map(r -> new QuoteSpan((String) r[0], (Integer) r[1], (Integer) r[2])).toList();
    }

    public DocumentDetail detail(String slug) {
        Document d = find(slug);
        List<ActorRef> authors = em.createQuery("select a from Document d join d.authors a where d = :d", Actor.class)
                .setParameter("d", d).getResultList().stream()
                .map(a -> new ActorRef(a.slug, a.kind.code(), a.nameEn, a.nameZh, links.page("actors", a.slug), links.api("actors", a.slug)))
                .toList();
        List<DocumentLinkView> related = new ArrayList<>();
        em.createQuery("select l.relation, t from DocumentLink l join l.target t where l.source = :d order by t.slug", Object[].class)
                .setParameter("d", d).getResultList()
                .forEach(r -> related.add(new DocumentLinkView(((LinkRelation) r[0]).code(), "outgoing", ref((Document) r[1]))));
        em.createQuery("select l.relation, s from DocumentLink l join l.source s where l.target = :d order by s.slug", Object[].class)
                .setParameter("d", d).getResultList()
                .forEach(r -> related.add(new DocumentLinkView(((LinkRelation) r[0]).code(), "incoming", ref((Document) r[1]))));
        List<MeasureStated> measures = em.createQuery("select m from Measure m where m.document = :d order by m.slug", Measure.class)
                .setParameter("d", d).getResultList().stream()
                .map(m -> new MeasureStated(facts.measureRef(m.slug, m.type, m.nameEn, m.nameZh, d.slug), m.parameters())).toList();
        List<PositionView> all = facts.withEvidence(facts.positions("where p.documentId = :d", Map.of("d", d.id),
                "order by m.type, m.slug, a.slug", 0, 0));
        SourceTextView text = d.sourceText == null ? null : new SourceTextView(d.sourceText.name, d.sourceText.sha256,
                d.sourceText.lineCount, d.sourceText.provenance, d.sourceText.origin, d.sourceText.retrieved,
                d.sourceText.partial, d.sourceText.gaps, links.page("documents", d.slug) + "/text",
                links.api("documents", d.slug) + "/text");
        Map<String, ReferenceView> references = ReferenceView.all(d.references, links);
        return new DocumentDetail(ref(d), d.publisher, d.url, references, d.summaryEn, d.summaryZh,
                authors, related, measures,
                all.stream().filter(p -> p.holder().kind().equals("document")).toList(),
                all.stream().filter(p -> p.holder().kind().equals("actor")).toList(),
                facts.signaturesOfDocument(d.id, "order by a.slug, s.role"),
                text);
    }
}
