package org.concordance.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.concordance.compare.ComparisonEngine;
import org.concordance.compare.Views.DocumentComparison;
import org.concordance.compare.Views.Matrix;
import org.concordance.compare.Views.MatrixCell;
import org.concordance.measure.MeasureType;
import org.concordance.position.Facts;
import org.concordance.web.Lists;
import org.concordance.web.PageRequest;
import org.concordance.web.Params;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;
import org.concordance.web.Refs.DocumentRef;
import org.concordance.web.Tabular;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Comparisons", description = "Documents compared with each other, and the documents-by-measure-types matrix")
public class CompareResource {

    public record Comparison(List<DocumentRef> documents, DocumentComparison comparison) {
    }

    public record MatrixRowView(DocumentRef document, List<MatrixCell> cells) {
    }

    /** One page of matrix rows; as CSV, one column per measure type holding "stance (evidence count)". */
    public record MatrixPage(List<MeasureType> types, List<MatrixRowView> rows, long total, int page, int size, int pages)
            implements Tabular {
        @Override
        public List<?> csvRows() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (MatrixRowView r : rows) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("document", r.document().slug());
                row.put("title", r.document().titleEn());
                for (MatrixCell c : r.cells()) {
                    row.put(c.type().code(), c.stance() == null ? "" : c.stance().code() + " (" + c.evidence() + ")");
                }
                out.add(row);
            }
            return out;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Facts facts;

    @Inject
    DocumentQueries documents;

    @Context
    UriInfo uri;

    @GET
    @Path("compare")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @Operation(summary = "Compare two to four documents", description = "Measure types they share with parameter-by-parameter "
            + "differences, types unique to each, common signatories, and a similarity score: "
            + ComparisonEngine.SIMILARITY_FORMULA)
    public Comparison compare(@Parameter(description = "2 to 4 document slugs, comma-separated or repeated",
            example = "fli-pause-letter,idais-ditchley-statement") @QueryParam("documents") List<String> raw) {
        LinkedHashSet<String> slugs = new LinkedHashSet<>();
        for (String r : raw) {
            for (String s : r.split(",")) {
                if (!s.isBlank()) {
                    slugs.add(Params.slug("documents", s));
                }
            }
        }
        if (slugs.size() < 2 || slugs.size() > 4) {
            throw ProblemException.badParameter("documents", "give 2 to 4 different document slugs, got " + slugs.size());
        }
        List<String> order = List.copyOf(slugs);
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

    @GET
    @Path("matrix")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional(dontRollbackOn = org.concordance.web.ProblemException.class)
    @Operation(summary = "Documents by measure types", description = "One row per document (paginated, newest first; "
            + "translations are not rows: their original states the same measures), one "
            + "cell per measure type: the document's own stance (the strongest when it takes several) and its evidence count. "
            + "Filter rows by language and kind. As CSV (Accept: text/csv or /api/matrix.csv) each cell reads 'stance (evidence)'.")
    public Response matrix(@Parameter(example = "en") @QueryParam("language") String language,
            @Parameter(example = "open-letter") @QueryParam("kind") String kind,
            @QueryParam("page") String page, @Parameter(description = "rows per page, 1 to 100 (default 100)") @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size == null ? "100" : size, null, List.of("published"), "-published");
        Query q = new Query().and("d.language = :language", "language", Params.language("language", language))
                .and("d.kind = :kind", "kind", Params.code("kind", kind, DocumentKind.class))
                // a translation states its original's measures: one row, the original's
                .and("not exists (select 1 from DocumentLink l where l.source = d and l.relation = :translation)",
                        "translation", LinkRelation.TRANSLATION_OF);
        TypedQuery<Document> query = em.createQuery("select d from Document d " + q.where()
                + " order by case when d.published is null then 1 else 0 end, d.published desc, d.slug", Document.class);
        q.params.forEach(query::setParameter);
        List<Document> rows = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<String> slugs = rows.stream().map(d -> d.slug).toList();
        var positions = slugs.isEmpty() ? List.<org.concordance.compare.PositionFacts>of()
                : facts.positions("where p.documentId in :docs and p.actor is null", Map.of("docs", rows.stream().map(d -> d.id).toList()),
                        "order by p.stableId", 0, 0)
                        .stream().map(Facts.Row::facts).toList();
        Matrix m = ComparisonEngine.matrix(slugs, positions);
        Map<String, Document> bySlug = new LinkedHashMap<>();
        rows.forEach(d -> bySlug.put(d.slug, d));
        long total = documents.count(q);
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        MatrixPage body = new MatrixPage(m.types(), m.rows().stream()
                .map(r -> new MatrixRowView(documents.ref(bySlug.get(r.document())), r.cells())).toList(),
                total, request.page(), request.size(), pages);
        return Lists.ok(body, total, request.page(), pages, uri);
    }
}
