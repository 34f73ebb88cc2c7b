package org.concordance.measure.parameters;

import org.concordance.measure.Scope;

/** A regulatory authority for AI. */
public record Regulator(
        String mandate,
        @Stricter Boolean dedicated,
        @Stricter Scope scope) implements MeasureParameters {
}
