package org.concordance.compare;

import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.MeasureParameters;

/** What the engine needs of a measure: its identity, type, stating document and typed parameters. */
public record MeasureFacts(String slug, MeasureType type, String document, String nameEn, String nameZh,
        MeasureParameters parameters) {
}
