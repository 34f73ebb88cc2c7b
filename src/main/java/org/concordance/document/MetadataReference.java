package org.concordance.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a metadata value comes from: a URL, or a document of the corpus (at lines of its text). */
@Embeddable
public class MetadataReference {

    @Column(name = "url", length = 2000)
    public String url;

    /** Slug of the document that states the value. */
    @Column(name = "ref_document", length = 80)
    public String document;

    /** Line or range in that document's source text, e.g. {@code 3} or {@code 3-5}. */
    @Column(name = "locator", length = 40)
    public String locator;

    @Column(name = "note", length = 500)
    public String note;

    public MetadataReference() {
    }

    public MetadataReference(String url, String document, String locator, String note) {
        this.url = url;
        this.document = document;
        this.locator = locator;
        this.note = note;
    }
}
