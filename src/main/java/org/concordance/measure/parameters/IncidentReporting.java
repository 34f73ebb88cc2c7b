package org.concordance.measure.parameters;


/** Tracking and reporting of AI incidents. */
public record IncidentReporting(
        String reportedBy,
        String reportedTo,
        String incidents) implements MeasureParameters {
}
