package org.concordance.measure.parameters;

import jakarta.persistence.Embeddable;

/** Audits by outside parties: who audits what, when, and whether it certifies. */
@Embeddable
public record ThirdPartyAudit(
        String auditor,
        String subject,
        String timing,
        String appliesTo,
        @Stricter Boolean certification,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
