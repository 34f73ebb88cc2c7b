package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Shared safety protocols or standards for AI design and development. */
@Embeddable
public record SafetyStandards(
        String developedBy,
        String coverage,
        String oversight) implements MeasureParameters {
}
