package org.concordance.measure.parameters;


/** Liability for harm caused by AI. */
public record Liability(
        String liableParty,
        String harmsCovered) implements MeasureParameters {
}
