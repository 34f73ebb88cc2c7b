package org.concordance.measure.parameters;

import org.concordance.measure.Scope;

/** A pause on some activity: how long, on what, above which threshold, for whom, how enforced. */
public record Moratorium(
        @Stricter(unboundedWhen = "indefinite") Integer durationMonths,
        @Stricter Boolean minimumDuration,
        @Stricter Boolean indefinite,
        String pausedActivity,
        String capabilityThreshold,
        String appliesTo,
        @Stricter Scope scope,
        @Stricter Boolean includesGovernmentsAndMilitaries,
        String verification,
        String fallbackEnforcement) implements MeasureParameters {
}
