package org.concordance.measure.parameters;


/** A redirection of AI research toward stated goals. */
public record ResearchPriorities(
        String goals,
        String funder) implements MeasureParameters {
}
