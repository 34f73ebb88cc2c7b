package org.concordance.measure.parameters;


/** Transparency obligations in general. */
public record Transparency(
        String subject,
        String audience) implements MeasureParameters {
}
