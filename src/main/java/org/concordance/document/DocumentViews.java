package org.concordance.document;

import java.util.List;

import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.web.Refs.ActorRef;
import org.concordance.web.Refs.DocumentRef;
import org.concordance.web.Refs.MeasureRef;
import org.concordance.web.Refs.PositionView;
import org.concordance.web.Refs.SignatureView;

/** Records of the document API. */
public interface DocumentViews {
    record DocumentSummary(String slug, String kind, String language, String titleEn, String titleOriginal,
            java.time.LocalDate published, String publisher, String url, String html, String api) {
    }

    /** A link between documents, seen from one of them: outgoing ("this translation-of that") or incoming. */
    record DocumentLinkView(String relation, String direction, DocumentRef document) {
    }

    record MeasureStated(MeasureRef measure, MeasureParameters parameters) {
    }

    record DocumentDetail(DocumentRef document, String publisher, String url, String summaryEn, String summaryZh,
            List<ActorRef> authors, List<DocumentLinkView> links, List<MeasureStated> measures, List<PositionView> positions,
            List<PositionView> reportedPositions, List<SignatureView> signatures, String sourceText) {
    }
}
