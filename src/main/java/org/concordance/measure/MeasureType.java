package org.concordance.measure;

import java.util.Arrays;

import org.concordance.Coded;
import org.concordance.measure.parameters.*;

/**
 * Every kind of governance measure Concordance knows, with the record that holds its typed
 * parameters. Adding a type means: a record in {@code parameters/} and a constant here, plus
 * the labels of its parameters in the message bundle ({@code param.<key>}, English and Chinese);
 * {@link Measure} stores any record as JSON, and the corpus schema and the parameter table of
 * {@code proposals/README.md} are generated ({@code ./mvnw -q compile exec:java@schema}).
 */
public enum MeasureType implements Coded {
    MORATORIUM("Moratorium / pause", "暂停", Moratorium.class, true),
    COMPUTE_TRACKING("Compute tracking", "算力追踪", ComputeTracking.class, true),
    WATERMARKING("Watermarking / provenance", "水印与溯源", Watermarking.class, true),
    THIRD_PARTY_AUDIT("Third-party audits", "第三方审计", ThirdPartyAudit.class, true),
    LICENSING("Licensing / registration", "许可与注册", Licensing.class, true),
    SHUTDOWN_RED_LINES("Shutdown red lines", "关停红线", ShutdownRedLines.class, true),
    COMPUTE_CAP("Compute cap", "算力上限", ComputeCap.class, false),
    LIABILITY("Liability", "责任", Liability.class, false),
    SAFETY_RESEARCH_FUNDING("Safety-research funding", "安全研究资助", SafetyResearchFunding.class, false),
    REGULATOR("Dedicated regulator", "专门监管机构", Regulator.class, false),
    INCIDENT_REPORTING("Incident tracking", "事故追踪", IncidentReporting.class, false),
    RISK_DISCLOSURE("Risk-assessment disclosure", "风险评估披露", RiskDisclosure.class, false),
    TRANSPARENCY("Transparency", "透明度", Transparency.class, false),
    INTERNATIONAL_COORDINATION("International coordination", "国际协调", InternationalCoordination.class, false),
    SAFETY_STANDARDS("Shared safety protocols", "共享安全协议", SafetyStandards.class, false),
    RESEARCH_PRIORITIES("Research priorities", "研究重点", ResearchPriorities.class, false),
    SOCIETAL_RESILIENCE("Institutions for disruption", "应对冲击的机构", SocietalResilience.class, false),
    MODEL_EVALUATION("Model evaluations / safety testing", "模型评估与安全测试", ModelEvaluation.class, false),
    LEGISLATION("Legislation / regulation", "立法与监管", Legislation.class, false);

    private final String labelEn;
    private final String labelZh;
    private final Class<? extends MeasureParameters> parametersType;
    private final boolean core;

    MeasureType(String labelEn, String labelZh, Class<? extends MeasureParameters> parametersType, boolean core) {
        this.labelEn = labelEn;
        this.labelZh = labelZh;
        this.parametersType = parametersType;
        this.core = core;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public Class<? extends MeasureParameters> parametersType() {
        return parametersType;
    }

    /** One of the six types the mission requires as first-class. */
    public boolean core() {
        return core;
    }

    public static MeasureType of(MeasureParameters parameters) {
        return Arrays.stream(values()).filter(t -> t.parametersType == parameters.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No measure type for " + parameters.getClass()));
    }
}
