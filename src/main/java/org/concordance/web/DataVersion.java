package org.concordance.web;

/**
 * The version of the data that answers are built from (the corpus import being served): ETags
 * and the response cache key on it. The corpus service provides it; the HTTP layer only asks.
 */
public interface DataVersion {

    /**
     * A version served: the import's row id (ids only grow) and the corpus hash. A response whose
     * version is still the newest import in the database once it is built comes from exactly
     * that version (see {@link CachingFilter}).
     */
    record Version(long importId, String hash) {
    }

    /** The version served now, or null when none is loaded. */
    Version current();

    /** Hash of the corpus served now, or null when none is loaded. */
    default String currentHash() {
        Version v = current();
        return v == null ? null : v.hash();
    }

    /** Whether {@code importId} is still the newest import in the database (another instance may share it). */
    boolean isNewest(long importId);
}
