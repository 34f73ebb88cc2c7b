package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** A redirection of AI research toward stated goals. */
@Embeddable
public record ResearchPriorities(
        String goals,
        String funder) implements MeasureParameters {
}
