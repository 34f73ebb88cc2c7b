package org.concordance.measure.parameters;


/** Institutions that help society cope with disruption caused by AI. */
public record SocietalResilience(
        String purpose,
        String providedBy) implements MeasureParameters {
}
