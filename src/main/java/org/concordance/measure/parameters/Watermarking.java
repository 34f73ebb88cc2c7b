package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Provenance and watermarking of AI output: purpose, mechanism and known limits. */
@Embeddable
public record Watermarking(
        String purpose,
        String mechanism,
        String knownLimits,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
