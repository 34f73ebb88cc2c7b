package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Transparency obligations in general. */
@Embeddable
public record Transparency(
        String subject,
        String audience) implements MeasureParameters {
}
