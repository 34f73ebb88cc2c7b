package org.concordance.measure;

import jakarta.persistence.*;

import org.concordance.document.Document;
import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.measure.parameters.ParameterRecords;
import org.hibernate.annotations.NaturalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One governance measure as a document states it: a typed entity whose parameters are the
 * record of its type ({@link MeasureType#parametersType()}), stored as one JSON document.
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

    /**
     * The typed parameters: the record of this measure's type as one JSON document (its
     * components by name, enumerations by code), so that a new type needs no column of its own.
     */
    @Column(name = "parameters_json", length = 30000)
    String parametersJson;

    /** The record read from {@link #parametersJson}, once per loaded entity. */
    @Transient
    private MeasureParameters parameters;

    /** The typed parameters of this measure's type; never null (an all-empty record when the source states none). */
    public MeasureParameters parameters() {
        if (parameters == null) {
            parameters = parametersJson == null ? ParameterRecords.empty(type.parametersType())
                    : ParameterRecords.fromJson(type.parametersType(), parametersJson);
        }
        return parameters;
    }

    /** Sets the parameters and the type they belong to. */
    public void setParameters(MeasureParameters p) {
        type = MeasureType.of(p);
        parameters = p;
        parametersJson = ParameterRecords.toJson(p);
    }

    public static Measure findBySlug(String slug) {
        // Not a slug (a NUL byte, a path): nothing has it, and the database is not asked.
        return slug == null || !org.concordance.corpus.Slug.isValid(slug) ? null : find("slug", slug).firstResult();
    }
}
