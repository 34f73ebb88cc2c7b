package org.concordance.document;

import jakarta.persistence.*;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A typed link between two documents: {@code source relation target}. */
@Entity
@Table(name = "document_link")
public class DocumentLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_link_seq")
    @SequenceGenerator(name = "document_link_seq", sequenceName = "document_link_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Document source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public LinkRelation relation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    public Document target;
}
