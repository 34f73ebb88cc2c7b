package org.concordance.search;

/**
 * One searchable thing (a document, a measure, an actor or a piece of evidence).
 *
 * @param kind  "document", "measure", "actor" or "evidence"; used for filtering and as a tie-breaker
 * @param slug  stable identifier within its kind; used as the second tie-breaker
 * @param title short display text (may mix Chinese and English); title matches rank higher
 * @param text  everything searchable: titles in both languages, names in both scripts, aliases,
 *              a quote and its English translation, ... The snippet is cut from this text.
 * @param link  where the hit points to (returned unchanged)
 * @param owner the file the entry comes from, {@code d:<document slug>} or {@code a:<actor slug>}
 *              (an evidence entry's is the document it is recorded in), so that a change to a
 *              file replaces exactly its entries; null where nothing is replaced
 */
public record SearchEntry(String kind, String slug, String title, String text, String link, String owner) {

    /** Every kind of entry (the pages name each in their language: {@code search.kind.<kind>}). */
    public static final java.util.List<String> KINDS = java.util.List.of("document", "measure", "actor", "evidence");

    public SearchEntry(String kind, String slug, String title, String text, String link) {
        this(kind, slug, title, text, link, null);
    }

    public static String document(String slug) {
        return "d:" + slug;
    }

    public static String actor(String slug) {
        return "a:" + slug;
    }
}
