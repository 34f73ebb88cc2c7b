package org.concordance.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.concordance.document.Document;
import org.concordance.position.Evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An actor's relation to a document's names (signed, initiated, declined...), with evidence. */
@Entity
@Table(name = "signature")
public class Signature extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signature_seq")
    @SequenceGenerator(name = "signature_seq", sequenceName = "signature_seq", allocationSize = 50)
    public Long id;

    /** Stable identifier derived from the corpus (see {@code corpus.Keys}). */
    @Column(nullable = false, length = 300)
    public String stableId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    public Actor actor;

    /** The document signed (or declined). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public Document document;

    /** The document whose file records this signature (may differ: a news report). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_in_id", nullable = false)
    public Document recordedIn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SignatureRole role;

    @Column(length = 500)
    public String affiliation;

    @Column(length = 2000)
    public String reason;

    // Read-only foreign keys, for conditions on this table's own indexed columns (see Position).
    @Column(name = "actor_id", insertable = false, updatable = false)
    public Long actorId;

    @Column(name = "document_id", insertable = false, updatable = false)
    public Long documentId;

    @Column(name = "recorded_in_id", insertable = false, updatable = false)
    public Long recordedInId;

    @OneToMany(mappedBy = "signature", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    public List<Evidence> evidence = new ArrayList<>();
}
