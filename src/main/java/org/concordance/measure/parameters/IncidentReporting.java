package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Tracking and reporting of AI incidents. */
@Embeddable
public record IncidentReporting(
        String reportedBy,
        String reportedTo,
        String incidents) implements MeasureParameters {
}
