package org.concordance.measure.parameters;

/**
 * The typed parameters of one measure type. Each record is at once the corpus schema of its
 * {@code parameters:} block, what its measures store (as JSON), and what the comparison
 * engine compares field by field. Every component is optional: a source may be silent. A new
 * type is its record here and its {@link org.concordance.measure.MeasureType} constant (and the
 * labels of its parameters in the message bundle); measures store the record as JSON.
 */
public interface MeasureParameters {
}
