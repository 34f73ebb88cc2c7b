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
import org.concordance.position.Refs.ActorRef;
import org.concordance.position.Refs.DocumentRef;
import org.concordance.position.Refs.PositionView;

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
        return detail(slug, 1);
    }

    /** Page {@code page} of a document: its stated measures and own stances whole, a page of its other lists. */
    public DocumentDetail detail(String slug, int page) {
        find(slug); // a 404 that names it
        DocumentDetail d = details(List.of(slug), page).get(0);
        org.concordance.web.Page.check("document " + slug, page, d.pages());
        return d;
    }

    public List<DocumentDetail> details(java.util.Collection<String> slugs) {
        return details(slugs, 1);
    }

    /**
     * The details of many documents (the static export's batches), in the order given, at the
     * same page, in a fixed number of queries for the whole batch: each part is loaded for every
     * document at once, and the evidence only of the rows the page shows.
     */
    public List<DocumentDetail> details(java.util.Collection<String> slugs, int page) {
        List<String> valid = org.concordance.corpus.Slug.only(slugs);
        if (valid.isEmpty()) {
            return List.of();
        }
        Map<String, Document> found = new java.util.HashMap<>();
        // the references with the documents: loaded lazily, they would be a query per 16 documents
        em.createQuery("select d from Document d left join fetch d.sourceText left join fetch d.references where d.slug in :s",
                Document.class).setParameter("s", valid).getResultList().forEach(d -> found.put(d.slug, d));
        return details(valid.stream().filter(found::containsKey).map(found::get).toList(), page);
    }

    /** The order of a document's signatures, on its page and in its JSON. */
    static final String SIGNATURE_ORDER = "order by a.slug, s.role, s.stableId";

    private List<DocumentDetail> details(List<Document> docs, int page) {
        int rows = org.concordance.web.PageRequest.DETAIL_ROWS;
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
        // Every row without its evidence; the evidence of the rows shown, for the whole batch in one query each.
        Map<String, List<Facts.Row>> own = new java.util.HashMap<>();
        Map<String, List<Facts.Row>> recorded = new java.util.HashMap<>();
        facts.positions("where p.documentId in :ids", Map.of("ids", ids), "order by m.type, m.slug, a.slug, p.stableId", 0, 0)
                .forEach(r -> (r.facts().byActor() ? recorded : own).computeIfAbsent(r.facts().recordedIn(), k -> new ArrayList<>()).add(r));
        List<Facts.SignatureRow> signatureRows = facts.signatureRowsOfDocuments(ids, SIGNATURE_ORDER);
        Map<String, List<Facts.SignatureRow>> signed = new java.util.HashMap<>();
        for (Document d : docs) {
            signed.put(d.slug, signatureRows.stream().filter(s -> s.view().document().equals(d.slug) || s.view().recordedIn().equals(d.slug))
                    .toList());
        }
        List<Facts.Row> shownRows = new ArrayList<>();
        List<Facts.SignatureRow> shownSignatures = new ArrayList<>();
        for (Document d : docs) {
            shownRows.addAll(own.getOrDefault(d.slug, List.of()));
            shownRows.addAll(org.concordance.web.Page.slice(recorded.getOrDefault(d.slug, List.of()), page, rows));
            shownSignatures.addAll(org.concordance.web.Page.slice(signed.get(d.slug), page, rows));
        }
        Map<String, PositionView> positions = new java.util.HashMap<>();
        facts.withEvidence(shownRows).forEach(p -> positions.put(p.id(), p));
        Map<String, org.concordance.position.Refs.SignatureView> signatures = new java.util.HashMap<>();
        facts.withSignatureEvidence(shownSignatures).forEach(s -> signatures.put(s.id(), s));
        List<DocumentDetail> out = new ArrayList<>();
        for (Document d : docs) {
            List<Facts.Row> others = recorded.getOrDefault(d.slug, List.of());
            List<Facts.SignatureRow> all = signed.get(d.slug);
            SourceTextView text = d.sourceText == null ? null : new SourceTextView(d.sourceText.name, d.sourceText.sha256,
                    d.sourceText.lineCount, d.sourceText.provenance, d.sourceText.origin, d.sourceText.retrieved,
                    d.sourceText.partial, d.sourceText.gaps, links.page("documents", d.slug) + "/text",
                    links.api("documents", d.slug) + "/text");
            out.add(new DocumentDetail(ref(d), d.publisher, d.url, ReferenceView.all(d.references, links), d.summaryEn,
                    d.summaryZh, authors.getOrDefault(d.id, List.of()), related.getOrDefault(d.id, List.of()),
                    measures.getOrDefault(d.id, List.of()),
                    own.getOrDefault(d.slug, List.of()).stream().map(r -> positions.get(r.view().id())).toList(),
                    org.concordance.web.Page.slice(others, page, rows).stream().map(r -> positions.get(r.view().id())).toList(),
                    org.concordance.web.Page.slice(all, page, rows).stream().map(s -> signatures.get(s.view().id())).toList(),
                    text, others.size(), all.size(), page,
                    org.concordance.web.Page.pages(Math.max(others.size(), all.size()), rows)));
        }
        return out;
    }

    /**
     * Which page of a document holds a signature (the target of its permalink,
     * {@code /documents/x?signature=id}); a 404 when the document's list has no such signature.
     */
    public int pageOfSignature(String slug, String signature) {
        Integer page = signaturePages(slug).get(signature);
        if (page == null) {
            throw ProblemException.notOn("signature", signature, "document " + slug);
        }
        return page;
    }

    /** For each signature a document's page lists, the page it is on. */
    public Map<String, Integer> signaturePages(String slug) {
        List<Facts.SignatureRow> all = facts.signatureRowsOfDocuments(List.of(find(slug).id), SIGNATURE_ORDER);
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            out.put(all.get(i).view().id(), i / org.concordance.web.PageRequest.DETAIL_ROWS + 1);
        }
        return out;
    }

    /** The documents whose signatures fill more than one page (a superset: a signature both on and recorded in one counts twice). */
    public java.util.Set<String> withPagedSignatures() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select s.documentId, count(s) from Signature s group by s.documentId", Object[].class).getResultList()
                .forEach(r -> counts.merge((Long) r[0], (Long) r[1], Long::sum));
        em.createQuery("select s.recordedInId, count(s) from Signature s group by s.recordedInId", Object[].class).getResultList()
                .forEach(r -> counts.merge((Long) r[0], (Long) r[1], Long::sum));
        List<Long> big = counts.entrySet().stream().filter(e -> e.getValue() > org.concordance.web.PageRequest.DETAIL_ROWS)
                .map(Map.Entry::getKey).toList();
        return big.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select d.slug from Document d where d.id in :ids", String.class).setParameter("ids", big).getResultList());
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
