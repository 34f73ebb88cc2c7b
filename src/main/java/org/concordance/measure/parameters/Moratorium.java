package org.concordance.measure.parameters;

import org.concordance.measure.Scope;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** A pause on some activity: how long, on what, above which threshold, for whom, how enforced. */
@Embeddable
public record Moratorium(
        Integer durationMonths,
        Boolean minimumDuration,
        Boolean indefinite,
        String pausedActivity,
        String capabilityThreshold,
        String appliesTo,
        @Enumerated(EnumType.STRING) Scope scope,
        Boolean includesGovernmentsAndMilitaries,
        String verification,
        String fallbackEnforcement) implements MeasureParameters {
}
