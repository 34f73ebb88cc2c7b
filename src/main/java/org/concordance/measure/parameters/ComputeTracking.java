package org.concordance.measure.parameters;

import org.concordance.measure.Scope;

/** Monitoring of compute: what is tracked, by whom, above what threshold, with what enforcement. */
public record ComputeTracking(
        String tracked,
        String trackedBy,
        String threshold,
        @Stricter Scope scope,
        String enforcement) implements MeasureParameters {
}
