package org.concordance.corpus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per corpus version and kept until the next: the data changes only on
 * import, so an aggregate over every row (seconds at 100,000 documents) need not be computed
 * again for each request. The version is the one the asking request's transaction sees
 * ({@link CorpusImport#latestId()}), so a kept value never mixes into an answer from another;
 * without a version (an empty database) nothing is kept.
 */
public final class PerVersion<K, V> {

    private record Kept<K, V>(long version, Map<K, V> values) {
    }

    private volatile Kept<K, V> kept;

    /** The value for {@code key} in the current version, computed by {@code compute} the first time. */
    public V get(K key, Function<K, V> compute) {
        Long version = CorpusImport.latestId();
        if (version == null) {
            return compute.apply(key);
        }
        Kept<K, V> k = kept;
        if (k == null || k.version() != version) {
            k = new Kept<>(version, new ConcurrentHashMap<>());
            kept = k;
        }
        V value = k.values().get(key);
        if (value == null) {
            value = compute.apply(key);
            k.values().putIfAbsent(key, value);
        }
        return value;
    }

    /** Forgets every kept value (for tests that count what building an answer costs). */
    public void forget() {
        kept = null;
    }
}
