package org.concordance.measure.parameters;

import org.concordance.measure.Scope;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** A regulatory authority for AI. */
@Embeddable
public record Regulator(
        String mandate,
        @Stricter Boolean dedicated,
        @Stricter @Enumerated(EnumType.STRING) Scope scope) implements MeasureParameters {
}
