package org.concordance.measure.parameters;

import org.concordance.measure.Scope;

/** Laws or regulation of AI in general, as opposed to a dedicated regulator: by whom, over what. */
public record Legislation(
        String instrument,
        String subject,
        String enactedBy,
        @Stricter Scope scope) implements MeasureParameters {
}
