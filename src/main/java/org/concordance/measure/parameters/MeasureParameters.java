package org.concordance.measure.parameters;

/**
 * The typed parameters of one measure type. Each record is at once the corpus schema of its
 * {@code parameters:} block, the embedded columns of its measures, and what the comparison
 * engine compares field by field. Every component is optional: a source may be silent.
 */
public sealed interface MeasureParameters permits Moratorium, ComputeTracking, ComputeCap, Watermarking,
        ThirdPartyAudit, Licensing, ShutdownRedLines, Liability, SafetyResearchFunding, Regulator,
        IncidentReporting, RiskDisclosure, Transparency, InternationalCoordination, SafetyStandards,
        ResearchPriorities, SocietalResilience, ModelEvaluation, Legislation {
}
