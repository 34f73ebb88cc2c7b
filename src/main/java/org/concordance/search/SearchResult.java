package org.concordance.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query the query as given (trimmed)
 * @param total the total number of matching entries (all pages)
 * @param hits  the requested page, best first; ties ordered by kind, then slug
 */
public record SearchResult(String query, long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
