package org.concordance.web;

import java.time.LocalDate;
import java.util.List;

import org.concordance.measure.MeasureType;
import org.concordance.position.Basis;
import org.concordance.position.Stance;

/** The small records every API answer is built from. Each carries the links to its page and JSON. */
public interface Refs {

    record DocumentRef(String slug, String kind, String language, String titleEn, String titleOriginal, LocalDate published,
            String html, String api) {
    }

    record ActorRef(String slug, String kind, String nameEn, String nameZh, String html, String api) {
    }

    record MeasureRef(String slug, MeasureType type, String nameEn, String nameZh, String document, String html,
            String api) {
    }

    /** Who holds a position: a document (its own) or an actor. */
    record HolderRef(String kind, String slug, String nameEn, String nameZh, String html, String api) {
    }

    /** A verbatim quote, where it stands ({@code sourceHtml} opens the source at the line), and its English rendering. */
    record EvidenceView(String quote, String language, String translationEn, String source, String locator,
            int lineStart, int lineEnd, String sourceHtml) {
    }

    record PositionView(long id, MeasureRef measure, HolderRef holder, String recordedIn, LocalDate date, Stance stance,
            Basis basis, String via, String note, int evidenceCount, List<EvidenceView> evidence, String html) {
    }

    record SignatureView(long id, ActorRef actor, String document, String recordedIn, String role, String affiliation,
            String reason, List<EvidenceView> evidence, String html) {
    }
}
