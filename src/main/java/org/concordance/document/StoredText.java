package org.concordance.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A source text as the last good import read it from {@code proposals/sources/}: the exact
 * characters evidence is anchored in, so pages show what the anchors were computed against even
 * while a newer, refused corpus sits on disk.
 */
@Entity
@Table(name = "source_text")
public class StoredText extends PanacheEntityBase {

    /** Characters per stored part. */
    public static final int PART = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_text_seq")
    @SequenceGenerator(name = "source_text_seq", sequenceName = "source_text_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    /** SHA-256 of the file's bytes, hex. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false)
    public int lineCount;

    @Column(nullable = false)
    public int charCount;

    @Column(nullable = false, length = 2000)
    public String provenance;

    @Column(length = 2000)
    public String origin;

    public LocalDate retrieved;

    @Column(nullable = false)
    public boolean partial;

    @Column(length = 2000)
    public String gaps;

    @ElementCollection
    @CollectionTable(name = "source_text_part", joinColumns = @JoinColumn(name = "source_text_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "content", length = PART, nullable = false)
    public List<String> parts = new ArrayList<>();

    public void setContent(String content) {
        parts.clear();
        int i = 0;
        while (i < content.length()) {
            int end = Math.min(content.length(), i + PART);
            if (end < content.length() && Character.isHighSurrogate(content.charAt(end - 1))) {
                end--; // never split a code point
            }
            parts.add(content.substring(i, end));
            i = end;
        }
        charCount = content.length();
    }

    public String content() {
        return String.join("", parts);
    }
}
