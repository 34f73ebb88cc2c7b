package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Institutions that help society cope with disruption caused by AI. */
@Embeddable
public record SocietalResilience(
        String purpose,
        String providedBy) implements MeasureParameters {
}
