package org.concordance.measure.parameters;


/** Provenance and watermarking of AI output: purpose, mechanism and known limits. */
public record Watermarking(
        String purpose,
        String mechanism,
        String knownLimits,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
