package org.concordance.measure.parameters;

import org.concordance.measure.Scope;

/** A ceiling on compute: on what, for whom, at what level, and whether it falls over time. */
public record ComputeCap(
        String cappedResource,
        String appliesTo,
        String capLevel,
        @Stricter Boolean decreasingOverTime,
        @Stricter Boolean includesGovernmentsAndMilitaries,
        @Stricter Scope scope) implements MeasureParameters {
}
