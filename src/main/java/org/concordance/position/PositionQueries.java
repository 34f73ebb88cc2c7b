package org.concordance.position;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.concordance.position.Refs.PositionView;
import org.concordance.position.Refs.SignatureView;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.Query;

/**
 * The position and signature lists: the API's, and the static export's (which reads the same
 * order in chunks of many pages). Each call a fixed number of queries.
 */
@ApplicationScoped
public class PositionQueries {

    /** The position list's sort keys (the first is the default). */
    public static final List<String> POSITION_SORTS = List.of("date", "measure", "stance");

    /** The signature list's sort keys (by document is the default). */
    public static final List<String> SIGNATURE_SORTS = List.of("actor", "document");

    @Inject
    Facts facts;

    /** The row id for a slug filter (-1 when no row has the slug: nothing matches), or null without the filter. */
    public Long idOf(String entity, String slug) {
        return slug == null ? null : facts.idOf(entity, slug);
    }

    /**
     * One page of the positions a filter on the position's own columns selects, with their
     * evidence; {@code holder} "document" or "actor" keeps only those held by one, null both.
     */
    public Page<PositionView> positions(Query q, String holder, PageRequest request) {
        return Page.of(positionRows(q, holder, request), countPositions(q, holder), request);
    }

    public long countPositions(Query q, String holder) {
        return facts.countOwnPositions(where(q, holder), q.params);
    }

    /** The rows of {@link #positions} without the count (the export reads many pages' rows at once). */
    public List<PositionView> positionRows(Query q, String holder, PageRequest request) {
        String where = where(q, holder);
        List<Facts.Row> rows;
        if (request.sort().equals("date")) {
            // Oldest first is read in order from ix_position_published_order; the undated last either way.
            Map<String, Object> params = new java.util.LinkedHashMap<>(q.params);
            String order = Facts.POSITIONS_BY_DATE;
            if (request.descending()) {
                params.put("undated", Position.UNDATED);
                order = "order by case when p.publishedOrder = :undated then 1 else 0 end, p.publishedOrder desc, p.stableId";
            }
            rows = facts.positionsById(facts.positionIds(where, params, order, request.offset(), request.size()));
        } else {
            String dir = request.descending() ? " desc" : " asc";
            String order = "order by " + (request.sort().equals("measure") ? "m.slug" + dir + ", d.published"
                    : "p.stance" + dir + ", m.slug") + ", p.stableId";
            rows = facts.positions(where, q.params, order, request.offset(), request.size());
        }
        return facts.withEvidence(rows);
    }

    private static String where(Query q, String holder) {
        String where = q.where();
        if ("document".equals(holder)) {
            where += (where.isEmpty() ? "where " : " and ") + "p.actorId is null";
        } else if ("actor".equals(holder)) {
            where += (where.isEmpty() ? "where " : " and ") + "p.actorId is not null";
        }
        return where;
    }

    /** One page of the signatures a filter selects, with their evidence. */
    public Page<SignatureView> signatures(Query q, PageRequest request) {
        return Page.of(signatureRows(q, request), countSignatures(q), request);
    }

    public long countSignatures(Query q) {
        return facts.countSignatures(q.where(), q.params);
    }

    /** The rows of {@link #signatures} without the count. */
    public List<SignatureView> signatureRows(Query q, PageRequest request) {
        return facts.signatures(q.where(), q.params, Facts.signatureOrder(request.sort().equals("actor"), request.descending()),
                request.offset(), request.size());
    }
}
