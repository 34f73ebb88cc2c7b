package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Liability for harm caused by AI. */
@Embeddable
public record Liability(
        String liableParty,
        String harmsCovered) implements MeasureParameters {
}
