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

    /**
     * The key of the lists that go newest first with the undated last: {@code published}, or
     * {@link #UNDATED} for a document without a date. It is indexed with the slug, so that a page
     * of such a list is read in order rather than sorted from every document.
     */
    @Column(name = "published_order", nullable = false)
    public LocalDate publishedOrder;

    /** Before every date a document can have: the undated sort last when the newest come first. */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    /** Sets the publication date and the sort key that follows from it. */
    public void setPublished(LocalDate date) {
        published = date;
        publishedOrder = date == null ? UNDATED : date;
    }

    @Column(length = 300)
    public String publisher;

    @Column(length = 2000)
    public String url;

    /** True when the title is the corpus's description of a document that has no title of its own in the sources. */
    @Column(nullable = false)
    public boolean titleDescriptive;

    /** The text that evidence locators refer to; null when the document's text is not in the corpus. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_text_id")
    public StoredText sourceText;

    /** Where each metadata value (title, published, publisher, url, authors) comes from, when the text does not say. */
    @ElementCollection
    @CollectionTable(name = "document_reference", joinColumns = @JoinColumn(name = "document_id"))
    @MapKeyColumn(name = "field", length = 20)
    public java.util.Map<String, MetadataReference> references = new java.util.LinkedHashMap<>();

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
        // Not a slug (a NUL byte, a path): nothing has it, and the database is not asked.
        return slug == null || !org.concordance.corpus.Slug.isValid(slug) ? null : find("slug", slug).firstResult();
    }
}
