package org.concordance.measure.parameters;


/** Red lines that mandate shutting a system down, and who must show what to whom before it is built. */
public record ShutdownRedLines(
        String redLines,
        String mandatedAction,
        @Stricter Boolean includesAllCopies,
        String procedure,
        String demonstratedBy,
        String demonstratedTo,
        String demonstrationTiming) implements MeasureParameters {
}
