package org.concordance.position;

import java.time.LocalDate;
import java.util.List;

import org.concordance.measure.MeasureType;

/** The small records every API answer is built from. Each carries the links to its page and JSON. */
public interface Refs {

    /** {@code titleDescriptive}: the title describes a document that has none of its own in the sources. */
    record DocumentRef(String slug, String kind, String language, String titleEn, String titleOriginal,
            boolean titleDescriptive, LocalDate published, String html, String api) {
    }

    record ActorRef(String slug, String kind, String nameEn, String nameZh, String html, String api) {
    }

    record MeasureRef(String slug, MeasureType type, String nameEn, String nameZh, String document, String html,
            String api) {
    }

    /** Who holds a position: a document (its own) or an actor. */
    record HolderRef(String kind, String slug, String nameEn, String nameZh, String html, String api) {
    }

    /**
     * A verbatim quote, where it stands ({@code sourceHtml} opens the source text at the quote,
     * highlighted), its English rendering, and its anchor in the source text.
     */
    record EvidenceView(String id, String quote, String language, String translationEn, String source, String locator,
            String section, int lineStart, int lineEnd, Selector selector, String sourceHtml) {
    }

    /**
     * Where the quote stands in its source text, after the W3C Web Annotation selectors: the exact
     * text as the source writes it, up to 32 characters before and after it, and start and end
     * (exclusive) offsets in Unicode code points from the start of the text whose SHA-256 is
     * {@code textSha256}. Computed by the loader on every import.
     */
    record Selector(String exact, String prefix, String suffix, int start, int end, String text, String textSha256) {
    }

    /**
     * A stance. {@code id} is stable across imports (recorded-in document, measure, actor). With
     * basis {@code reported}, {@code reportedBy} is the third party whose account it is: not the
     * holder's own position.
     */
    record PositionView(String id, MeasureRef measure, HolderRef holder, String recordedIn, LocalDate date, Stance stance,
            Basis basis, String via, ActorRef reportedBy, String note, int evidenceCount, List<EvidenceView> evidence,
            String html) {
    }

    record SignatureView(String id, ActorRef actor, String document, String recordedIn, String role, String affiliation,
            String reason, List<EvidenceView> evidence, String html) {
    }
}
