package org.concordance.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.concordance.compare.CompareViews.Comparison;
import org.concordance.compare.CompareViews.MatrixPage;
import org.concordance.compare.CompareViews.MatrixRowView;
import org.concordance.compare.Views.DocumentComparison;
import org.concordance.compare.Views.Matrix;
import org.concordance.document.Document;
import org.concordance.document.DocumentQueries;
import org.concordance.document.LinkRelation;
import org.concordance.position.Facts;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;

/** The facts each comparison needs, loaded in a fixed number of queries and handed to the engine. */
@ApplicationScoped
public class CompareQueries {

    /** The most documents one comparison takes. */
    public static final int MAX_DOCUMENTS = 4;

    @Inject
    EntityManager em;

    @Inject
    Facts facts;

    @Inject
    DocumentQueries documents;

    /**
     * The documents to compare, from the {@code documents} parameter (comma-separated, repeated, or
     * both): two to {@link #MAX_DOCUMENTS} different slugs, in the order given, or a 400 that says so.
     */
    public static List<String> slugs(List<String> raw) {
        java.util.LinkedHashSet<String> slugs = new java.util.LinkedHashSet<>();
        for (String r : raw) {
            for (String s : r.split(",")) {
                if (!s.isBlank()) {
                    slugs.add(Params.slug("documents", s));
                }
            }
        }
        if (slugs.size() < 2 || slugs.size() > MAX_DOCUMENTS) {
            throw ProblemException.badParameter("documents", "give 2 to " + MAX_DOCUMENTS
                    + " different document slugs, got " + slugs.size());
        }
        return List.copyOf(slugs);
    }

    /** Two to {@link #MAX_DOCUMENTS} documents compared, in the order given; a 404 names a slug that no document has. */
    public Comparison compare(List<String> order) {
        Map<String, Document> found = new LinkedHashMap<>();
        em.createQuery("select d from Document d where d.slug in :s", Document.class).setParameter("s", order)
                .getResultList().forEach(d -> found.put(d.slug, d));
        for (String s : order) {
            if (!found.containsKey(s)) {
                throw ProblemException.unknown("document", s);
            }
        }
        Map<String, Object> params = Map.of("docs", found.values().stream().map(d -> d.id).toList());
        var measures = facts.measures("where m in (select p.measure from Position p "
                + "where p.documentId in :docs and p.actor is null)", params);
        var positions = facts.positions("where p.documentId in :docs and p.actor is null", params, "order by p.stableId", 0, 0).stream()
                .map(Facts.Row::facts).toList();
        DocumentComparison c = ComparisonEngine.compareDocuments(order, measures, positions, facts.signatories(order));
        return new Comparison(order.stream().map(s -> documents.ref(found.get(s))).toList(), c);
    }

    /** One page of the documents-by-types matrix, newest first; a translation is no row of its own. */
    public MatrixPage matrix(Query filters, PageRequest request) {
        // a translation states its original's measures: one row, the original's
        filters.and("not exists (select 1 from DocumentLink l where l.source = d and l.relation = :translation)",
                "translation", LinkRelation.TRANSLATION_OF);
        TypedQuery<Document> query = em.createQuery("select d from Document d " + filters.where()
                + " order by d.publishedOrder desc, d.slug", Document.class); // read in order from ix_document_published_order
        filters.params.forEach(query::setParameter);
        List<Document> rows = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<String> slugs = rows.stream().map(d -> d.slug).toList();
        var positions = slugs.isEmpty() ? List.<PositionFacts>of()
                : facts.positions("where p.documentId in :docs and p.actor is null", Map.of("docs", rows.stream().map(d -> d.id).toList()),
                        "order by p.stableId", 0, 0)
                        .stream().map(Facts.Row::facts).toList();
        Matrix m = ComparisonEngine.matrix(slugs, positions);
        Map<String, Document> bySlug = new LinkedHashMap<>();
        rows.forEach(d -> bySlug.put(d.slug, d));
        long total = documents.count(filters);
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new MatrixPage(m.types(), m.rows().stream()
                .map(r -> new MatrixRowView(documents.ref(bySlug.get(r.document())), r.cells())).toList(),
                total, request.page(), request.size(), pages);
    }
}
