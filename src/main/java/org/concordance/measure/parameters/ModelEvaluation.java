package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Evaluations or safety testing of a model, by its developer or unnamed evaluators: what is tested, when. */
@Embeddable
public record ModelEvaluation(
        String evaluatedBy,
        String evaluates,
        String timing,
        String appliesTo,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
