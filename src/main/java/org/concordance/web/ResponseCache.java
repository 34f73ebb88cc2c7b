package org.concordance.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers built once per corpus version. Everything the API and the pages serve is a function of
 * the corpus version, the address and the negotiated format and language, so the bytes of an
 * answer that {@link CachingFilter} tagged for the version served are kept, keyed by exactly
 * those, and served again without the REST layer, the database or a template, while that version
 * is served; the first answer kept for a newer version empties the cache. Least recently used
 * answers go first once the cache holds {@code concordance.web.response-cache-mib} (default 64;
 * 0 turns it off); an answer larger than an eighth of that, or than 1 MiB, is never kept. Built on the first request after
 * each import: nothing is computed ahead.
 * <p>
 * With several instances on one database, an instance serves the version it announced until it
 * follows another's import ({@code concordance.corpus.version-check-interval}); each answer is
 * one version's, tagged with that version.
 */
@ApplicationScoped
public class ResponseCache {

    /** Where the key of a request that missed waits for its answer (routing context data). */
    static final String KEY = "concordance.response-cache.key";

    private static final long MAX_ENTRY = 1024 * 1024;

    /**
     * One kept answer: its headers as they were sent and its body, wrapped once: each answer
     * writes a view of the same bytes instead of copying them into a new buffer. On the heap,
     * so an evicted answer is simply collected.
     */
    record Stored(String etag, List<Map.Entry<String, String>> headers, Buffer body) {
        static Buffer shared(byte[] bytes) {
            return Buffer.buffer(io.netty.buffer.Unpooled.unreleasableBuffer(io.netty.buffer.Unpooled.wrappedBuffer(bytes).asReadOnly()));
        }

        long weight(String key) {
            long w = 2L * key.length() + body.length() + 64;
            for (Map.Entry<String, String> h : headers) {
                w += 2L * (h.getKey().length() + h.getValue().length()) + 32;
            }
            return w;
        }
    }

    @Inject
    DataVersion corpus;

    private final long capacity;
    private final long maxEntry;
    private final LinkedHashMap<String, Stored> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long weight;
    /** The version of the kept answers: the first answer kept for a newer one empties the cache. */
    private String entriesVersion;
    private long hits;
    private long misses;

    public ResponseCache(@ConfigProperty(name = "concordance.web.response-cache-mib", defaultValue = "64") long mib) {
        this.capacity = Math.max(0, mib) * 1024 * 1024;
        this.maxEntry = Math.min(MAX_ENTRY, capacity / 8);
    }

    void install(@Observes Router router) {
        if (capacity == 0) {
            return;
        }
        // Right after HttpGuard (which refuses unreadable addresses and adds the security headers).
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        DataVersion.Version version = corpus.current();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || version == null) {
            ctx.next();
            return;
        }
        // Every line of each header: the REST layer negotiates over all of them, not only the first.
        String key = key(version.hash(), ctx.request().uri(), String.join(",", ctx.request().headers().getAll(HttpHeaders.ACCEPT)),
                String.join(",", ctx.request().headers().getAll(HttpHeaders.ACCEPT_LANGUAGE)));
        Stored stored = get(key);
        if (stored == null) {
            ctx.put(KEY, key);
            ctx.next();
            return;
        }
        var response = ctx.response();
        for (Map.Entry<String, String> h : stored.headers()) {
            response.headers().add(h.getKey(), h.getValue());
        }
        if (CachingFilter.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), stored.etag())) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
        } else if (method == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(stored.body().length())).setStatusCode(200).end();
        } else {
            response.setStatusCode(200).end(stored.body());
        }
    }

    /** The version, the address as sent, and the headers that choose the format and the language. */
    static String key(String version, String uri, String accept, String acceptLanguage) {
        return version + '\n' + uri + '\n' + (accept == null ? "" : accept) + '\n' + (acceptLanguage == null ? "" : acceptLanguage);
    }

    private synchronized Stored get(String key) {
        Stored s = entries.get(key);
        if (s == null) {
            misses++;
        } else {
            hits++;
        }
        return s;
    }

    /** The largest answer kept, in bytes. */
    long maxEntry() {
        return maxEntry;
    }

    /** Keeps an answer built from {@code version} while that version is still the one served. */
    void put(String key, String version, String etag, List<Map.Entry<String, String>> headers, byte[] body) {
        if (body.length > maxEntry || etag == null) {
            return;
        }
        DataVersion.Version now = corpus.current();
        if (now == null || !now.hash().equals(version) || !key.startsWith(version + '\n')) {
            return; // built from a version no longer served (or not the one the key names)
        }
        Stored s = new Stored(etag, List.copyOf(headers), Stored.shared(body));
        synchronized (this) {
            if (!version.equals(entriesVersion)) { // the first answer of a new version: the rest are older
                entries.clear();
                weight = 0;
                entriesVersion = version;
            }
            Stored previous = entries.put(key, s);
            if (previous != null) {
                weight -= previous.weight(key);
            }
            weight += s.weight(key);
            Iterator<Map.Entry<String, Stored>> eldest = entries.entrySet().iterator();
            while (weight > capacity && eldest.hasNext()) {
                Map.Entry<String, Stored> e = eldest.next();
                weight -= e.getValue().weight(e.getKey());
                eldest.remove();
            }
        }
    }

    /** Forgets every kept answer (also for tests that count what building an answer costs). */
    public synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    /** What the cache holds and did, for the log and the tests. */
    public record Stats(int entries, long bytes, long hits, long misses) {
    }

    public synchronized Stats stats() {
        return new Stats(entries.size(), weight, hits, misses);
    }

    /** Headers the server sets per answer: the framing and the date (and HTTP/2's pseudo-headers, ":status"). */
    private static final java.util.Set<String> PER_ANSWER = java.util.Set.of("content-length", "date", "transfer-encoding",
            "connection", "keep-alive");

    /** Headers worth keeping from an answer: all but those the server sets per answer. */
    static List<Map.Entry<String, String>> keptHeaders(Map<String, List<String>> headers) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        headers.forEach((name, values) -> {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (!n.startsWith(":") && !PER_ANSWER.contains(n)) {
                values.forEach(v -> out.add(Map.entry(name, v)));
            }
        });
        return out;
    }
}
