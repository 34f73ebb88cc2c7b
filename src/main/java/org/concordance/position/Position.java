package org.concordance.position;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.concordance.actor.Actor;
import org.concordance.document.Document;
import org.concordance.measure.Measure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stance toward a measure, held by a document (actor null) or by an actor as a document
 * reports it, always with evidence.
 */
@Entity
@Table(name = "position")
public class Position extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
    @SequenceGenerator(name = "position_seq", sequenceName = "position_seq", allocationSize = 50)
    public Long id;

    /** Stable identifier derived from the corpus (see {@code corpus.Keys}); the API's id and the permalink anchor. */
    @Column(nullable = false, length = 300)
    public String stableId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    public Measure measure;

    /** The document that holds the position, or that reports the actor's position. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public Document document;

    /**
     * The key of the lists by date, oldest first with the undated last: the publication date of
     * the document that holds or reports the position, or {@link #UNDATED}. Indexed with the
     * stable identifier, so that a page of such a list is read in order, not sorted from every position.
     */
    @Column(name = "published_order", nullable = false)
    public java.time.LocalDate publishedOrder;

    /** After every date a document can have: the undated sort last when the oldest come first. */
    public static final java.time.LocalDate UNDATED = java.time.LocalDate.of(9999, 12, 31);

    /** The actor holding the position; null when it is the document's own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Stance stance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Basis basis;

    /** With basis SIGNATURE: the document whose signature the stance is inferred from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "via_document_id")
    public Document via;

    /** With basis REPORTED: the third party whose account of the holder's stance this is. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reported_by_id")
    public Actor reportedBy;

    @Column(length = 2000)
    public String note;

    // The foreign keys as plain columns, read-only: a query condition on them is one on this
    // table's own indexed column (H2 plans a condition on a joined row's id as a scan).
    @Column(name = "measure_id", insertable = false, updatable = false)
    public Long measureId;

    @Column(name = "document_id", insertable = false, updatable = false)
    public Long documentId;

    @Column(name = "actor_id", insertable = false, updatable = false)
    public Long actorId;

    @OneToMany(mappedBy = "position", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    public List<Evidence> evidence = new ArrayList<>();
}
