package org.concordance.measure.parameters;

import java.math.BigDecimal;
import jakarta.persistence.Embeddable;

/** Funding of AI-safety research, optionally as a share of R&amp;D spending (0.33 = one third). */
@Embeddable
public record SafetyResearchFunding(
        String funder,
        @Stricter BigDecimal shareOfRnd,
        @Stricter Boolean minimumShare,
        String recipients,
        Boolean publicFunding) implements MeasureParameters {
}
