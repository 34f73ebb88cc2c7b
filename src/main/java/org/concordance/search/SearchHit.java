package org.concordance.search;

/**
 * One search hit.
 *
 * @param snippet plain text (not HTML: the caller must escape it) of up to about 160 characters of the
 *                entry's text around the first match, the matched terms wrapped in « and »; literal « and »
 *                of the text itself are replaced by ‹ and › so the markers stay unambiguous. "…" marks a cut.
 * @param score   relevance score (higher is better); only comparable within one result
 */
public record SearchHit(String kind, String slug, String title, String snippet, String link, float score) {
}
