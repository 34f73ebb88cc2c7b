package org.concordance.measure.parameters;


/** Audits by outside parties: who audits what, when, and whether it certifies. */
public record ThirdPartyAudit(
        String auditor,
        String subject,
        String timing,
        String appliesTo,
        @Stricter Boolean certification,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
