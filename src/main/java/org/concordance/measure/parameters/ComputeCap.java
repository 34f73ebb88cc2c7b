package org.concordance.measure.parameters;

import org.concordance.measure.Scope;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** A ceiling on compute: on what, for whom, at what level, and whether it falls over time. */
@Embeddable
public record ComputeCap(
        String cappedResource,
        String appliesTo,
        String capLevel,
        @Stricter Boolean decreasingOverTime,
        @Stricter Boolean includesGovernmentsAndMilitaries,
        @Stricter @Enumerated(EnumType.STRING) Scope scope) implements MeasureParameters {
}
