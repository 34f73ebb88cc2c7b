package org.concordance.measure.parameters;


/** International coordination, agreements and institutions. */
public record InternationalCoordination(
        String form,
        String participants,
        String purpose) implements MeasureParameters {
}
