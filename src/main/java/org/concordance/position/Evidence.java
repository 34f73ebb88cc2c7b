package org.concordance.position;

import jakarta.persistence.*;

import org.concordance.actor.Signature;
import org.concordance.document.Document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A verbatim quote in its source's language, where it stands, and an English rendering. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    public Long id;

    /** Stable identifier derived from the corpus (see {@code corpus.Keys}). */
    @Column(nullable = false, length = 320)
    public String stableId;

    /** Exactly one of position and signature is set. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    public Position position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signature_id")
    public Signature signature;

    @Column(nullable = false)
    public int ordinal;

    /** The document whose text holds the quote. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Document source;

    @Column(nullable = false, length = 10000)
    public String quote;

    @Column(nullable = false, length = 16)
    public String language;

    @Column(length = 10000)
    public String translationEn;

    @Column(nullable = false)
    public int lineStart;

    @Column(nullable = false)
    public int lineEnd;

    @Column(length = 300)
    public String section;

    /** The anchor the loader computed: the exact text in the source (its own white space), with context. */
    /** At most 10,000 characters of quote plus the source's own white space between them. */
    @Column(nullable = false, length = 100000)
    public String exact;

    @Column(nullable = false, length = 200)
    public String prefix;

    @Column(nullable = false, length = 200)
    public String suffix;

    /** Start and end (exclusive) in code points from the start of the source text. */
    @Column(nullable = false)
    public int startOffset;

    @Column(nullable = false)
    public int endOffset;

    /** Human-readable locator: "lines 99-101" (plus the section when given). */
    public String locator() {
        String lines = lineStart == lineEnd ? "line " + lineStart : "lines " + lineStart + "-" + lineEnd;
        return section == null ? lines : section + ", " + lines;
    }
}
