package org.concordance.measure.parameters;


/** Disclosure of risk assessments, risk policies and predictions to authorities. */
public record RiskDisclosure(
        String disclosedBy,
        String contents,
        String disclosedTo,
        String timing) implements MeasureParameters {
}
