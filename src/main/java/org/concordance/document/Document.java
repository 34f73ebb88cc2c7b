package org.concordance.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.concordance.actor.Actor;
import org.hibernate.annotations.NaturalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A source: a letter, statement, report, article... in its original language. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    @NaturalId
    @Column(nullable = false, length = 80)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public DocumentKind kind;

    /** Language of the document's own text (BCP 47 primary tag, e.g. en, zh). */
    @Column(nullable = false, length = 16)
    public String language;

    @Column(nullable = false, length = 500)
    public String titleEn;

    /** Title in the original language; null when the document is in English. */
    @Column(length = 500)
    public String titleOriginal;

    public LocalDate published;

    @Column(length = 300)
    public String publisher;

    @Column(length = 2000)
    public String url;

    /** Name of the source text file that evidence line numbers refer to. */
    @Column(length = 200)
    public String seed;

    @Column(length = 4000)
    public String summaryEn;

    @Column(length = 4000)
    public String summaryZh;

    @ManyToMany
    @JoinTable(name = "document_author", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "ordinal")
    public List<Actor> authors = new ArrayList<>();

    public static Document findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
