package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** International coordination, agreements and institutions. */
@Embeddable
public record InternationalCoordination(
        String form,
        String participants,
        String purpose) implements MeasureParameters {
}
