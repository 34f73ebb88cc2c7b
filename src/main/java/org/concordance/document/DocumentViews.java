package org.concordance.document;

import java.util.List;
import java.util.Map;

import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.position.Refs.ActorRef;
import org.concordance.position.Refs.DocumentRef;
import org.concordance.position.Refs.MeasureRef;
import org.concordance.position.Refs.PositionView;
import org.concordance.position.Refs.SignatureView;

/** Records of the document API. */
public interface DocumentViews {
    record DocumentSummary(String slug, String kind, String language, String titleEn, String titleOriginal,
            boolean titleDescriptive, java.time.LocalDate published, String publisher, String url, String html, String api) {
    }

    /** A link between documents, seen from one of them: outgoing ("this translation-of that") or incoming. */
    record DocumentLinkView(String relation, String direction, DocumentRef document) {
    }

    record MeasureStated(MeasureRef measure, MeasureParameters parameters) {
    }

    /**
     * A document ({@code document.titleDescriptive}: the title is the corpus's description, the
     * document has none of its own in the sources). {@code references}: for each metadata value the
     * document's own text does not state (title, published, publisher, url, authors), where it
     * comes from. {@code positions}: the document's own stances; {@code actorPositions}: the
     * stances of people and organisations it records (in their own words, derived from a
     * signature, or, with basis {@code reported}, a third party's account). The two lists that grow
     * with the corpus, {@code actorPositions} and {@code signatures}, hold page {@code page} of
     * {@code pages} ({@code ?page=n}, {@link org.concordance.web.PageRequest#DETAIL_ROWS} rows each);
     * {@code actorPositionCount} and {@code signatureCount} count them whole.
     */
    record DocumentDetail(DocumentRef document, String publisher, String url,
            Map<String, ReferenceView> references, String summaryEn, String summaryZh,
            List<ActorRef> authors, List<DocumentLinkView> links, List<MeasureStated> measures, List<PositionView> positions,
            List<PositionView> actorPositions, List<SignatureView> signatures, SourceTextView sourceText,
            long actorPositionCount, long signatureCount, int page, int pages) {
    }

    /** Where a value comes from: a URL, or a document of the corpus (at lines of its text); {@code html} links it. */
    record ReferenceView(String url, String document, String lines, String note, String html) {

        /** Every reference of a document or an actor, by field in alphabetical order (the database keeps none), in the API's shape. */
        public static Map<String, ReferenceView> all(Map<String, MetadataReference> references, org.concordance.web.Links links) {
            Map<String, ReferenceView> out = new java.util.TreeMap<>();
            references.forEach((field, r) -> out.put(field, new ReferenceView(r.url, r.document, r.locator, r.note,
                    r.document == null ? r.url : links.page("documents", r.document))));
            return out;
        }
    }

    /**
     * The source text that evidence offsets and line numbers refer to: its SHA-256, line count,
     * where it came from, whether it is partial. {@code api} serves the exact text (UTF-8).
     */
    record SourceTextView(String name, String sha256, int lines, String provenance, String origin,
            java.time.LocalDate retrieved, boolean partial, String gaps, String html, String api) {
    }
}
