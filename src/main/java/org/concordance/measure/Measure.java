package org.concordance.measure;

import java.util.List;

import jakarta.persistence.*;

import org.concordance.document.Document;
import org.concordance.measure.parameters.*;
import org.hibernate.annotations.NaturalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One governance measure as a document states it: a typed entity whose parameters live in
 * the embedded record of its type (columns prefixed with the type, e.g.
 * {@code moratorium_duration_months}); the other types' columns stay null.
 */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    public Long id;

    @NaturalId
    @Column(nullable = false, length = 80)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public MeasureType type;

    /** The document that states the measure. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public Document document;

    @Column(nullable = false, length = 500)
    public String nameEn;

    @Column(length = 500)
    public String nameZh;

    @Column(length = 4000)
    public String summaryEn;

    @Embedded public Moratorium moratorium;
    @Embedded public ComputeTracking computeTracking;
    @Embedded public ComputeCap computeCap;
    @Embedded public Watermarking watermarking;
    @Embedded public ThirdPartyAudit thirdPartyAudit;
    @Embedded public Licensing licensing;
    @Embedded public ShutdownRedLines shutdownRedLines;
    @Embedded public Liability liability;
    @Embedded public SafetyResearchFunding safetyResearchFunding;
    @Embedded public Regulator regulator;
    @Embedded public IncidentReporting incidentReporting;
    @Embedded public RiskDisclosure riskDisclosure;
    @Embedded public Transparency transparency;
    @Embedded public InternationalCoordination internationalCoordination;
    @Embedded public SafetyStandards safetyStandards;
    @Embedded public ResearchPriorities researchPriorities;
    @Embedded public SocietalResilience societalResilience;
    @Embedded public ModelEvaluation modelEvaluation;
    @Embedded public Legislation legislation;

    /** The typed parameters of this measure's type; never null (an all-empty record when the source states none). */
    public MeasureParameters parameters() {
        List<MeasureParameters> all = java.util.Arrays.asList(moratorium, computeTracking, computeCap, watermarking,
                thirdPartyAudit, licensing, shutdownRedLines, liability, safetyResearchFunding, regulator,
                incidentReporting, riskDisclosure, transparency, internationalCoordination, safetyStandards,
                researchPriorities, societalResilience, modelEvaluation, legislation);
        return all.stream().filter(p -> p != null && type.parametersType().isInstance(p)).findFirst()
                .orElseGet(() -> ParameterRecords.empty(type.parametersType()));
    }

    /** Sets the parameters and the type they belong to. */
    public void setParameters(MeasureParameters p) {
        type = MeasureType.of(p);
        if (p instanceof Moratorium x) moratorium = x;
        else if (p instanceof ComputeTracking x) computeTracking = x;
        else if (p instanceof ComputeCap x) computeCap = x;
        else if (p instanceof Watermarking x) watermarking = x;
        else if (p instanceof ThirdPartyAudit x) thirdPartyAudit = x;
        else if (p instanceof Licensing x) licensing = x;
        else if (p instanceof ShutdownRedLines x) shutdownRedLines = x;
        else if (p instanceof Liability x) liability = x;
        else if (p instanceof SafetyResearchFunding x) safetyResearchFunding = x;
        else if (p instanceof Regulator x) regulator = x;
        else if (p instanceof IncidentReporting x) incidentReporting = x;
        else if (p instanceof RiskDisclosure x) riskDisclosure = x;
        else if (p instanceof Transparency x) transparency = x;
        else if (p instanceof InternationalCoordination x) internationalCoordination = x;
        else if (p instanceof SafetyStandards x) safetyStandards = x;
        else if (p instanceof ResearchPriorities x) researchPriorities = x;
        else if (p instanceof SocietalResilience x) societalResilience = x;
        else if (p instanceof ModelEvaluation x) modelEvaluation = x;
        else if (p instanceof Legislation x) legislation = x;
        else throw new IllegalArgumentException("Measure has no column group for " + p.getClass().getSimpleName());
    }

    public static Measure findBySlug(String slug) {
        // Not a slug (a NUL byte, a path): nothing has it, and the database is not asked.
        return slug == null || !org.concordance.corpus.Slug.isValid(slug) ? null : find("slug", slug).firstResult();
    }
}
