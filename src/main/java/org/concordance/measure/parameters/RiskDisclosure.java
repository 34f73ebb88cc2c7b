package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Disclosure of risk assessments, risk policies and predictions to authorities. */
@Embeddable
public record RiskDisclosure(
        String disclosedBy,
        String contents,
        String disclosedTo,
        String timing) implements MeasureParameters {
}
