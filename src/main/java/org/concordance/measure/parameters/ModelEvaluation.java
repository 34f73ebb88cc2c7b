package org.concordance.measure.parameters;


/** Evaluations or safety testing of a model, by its developer or unnamed evaluators: what is tested, when. */
public record ModelEvaluation(
        String evaluatedBy,
        String evaluates,
        String timing,
        String appliesTo,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
