package org.concordance.measure.parameters;

import java.math.BigDecimal;

/** Funding of AI-safety research, optionally as a share of R&amp;D spending (0.33 = one third). */
public record SafetyResearchFunding(
        String funder,
        @Stricter BigDecimal shareOfRnd,
        @Stricter Boolean minimumShare,
        String recipients,
        Boolean publicFunding) implements MeasureParameters {
}
