package org.concordance.measure.parameters;

import org.concordance.measure.Scope;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** Monitoring of compute: what is tracked, by whom, above what threshold, with what enforcement. */
@Embeddable
public record ComputeTracking(
        String tracked,
        String trackedBy,
        String threshold,
        @Stricter @Enumerated(EnumType.STRING) Scope scope,
        String enforcement) implements MeasureParameters {
}
