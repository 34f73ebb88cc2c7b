package org.concordance.corpus;

import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

/**
 * Progress of a long corpus step on the console: at most one line every few seconds, with the
 * rate and the time left ("Corpus write: 40,000 of 100,000 documents, 2,150/s, about 28 s left").
 * Safe to call from several threads. Steps shorter than the interval print nothing.
 */
final class Progress {

    private static final Logger LOG = Logger.getLogger(Progress.class);
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String step;
    private final String unit;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastReport = started;

    Progress(String step, int total, String unit) {
        this.step = step;
        this.total = total;
        this.unit = unit;
    }

    void advance() {
        int now = done.incrementAndGet();
        long t = System.nanoTime();
        if (t - lastReport >= INTERVAL_NANOS) {
            synchronized (this) {
                if (t - lastReport >= INTERVAL_NANOS) {
                    lastReport = t;
                    LOG.info(line(now, t - started));
                }
            }
        }
    }

    /** The progress line after {@code done} of {@code total} in {@code elapsedNanos}. */
    String line(int done, long elapsedNanos) {
        double perSecond = done / Math.max(elapsedNanos / 1e9, 1e-9);
        long left = perSecond > 0 ? Math.round((total - done) / perSecond) : -1;
        return String.format(java.util.Locale.ROOT, "%s: %,d of %,d %s, %,.0f/s, about %d s left", step, done, total, unit,
                perSecond, left);
    }
}
