package org.concordance.measure.parameters;


/** Shared safety protocols or standards for AI design and development. */
public record SafetyStandards(
        String developedBy,
        String coverage,
        String oversight) implements MeasureParameters {
}
