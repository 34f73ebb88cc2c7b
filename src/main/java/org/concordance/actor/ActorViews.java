package org.concordance.actor;

import java.util.List;
import java.util.Map;

import org.concordance.document.DocumentViews.ReferenceView;
import org.concordance.position.Refs.PositionView;
import org.concordance.position.Refs.SignatureView;

/** Records of the actor API and pages. */
public interface ActorViews {

    public record ActorSummary(String slug, ActorKind kind, String nameEn, String nameZh, List<String> aliases,
            String affiliation, String html, String api) {
    }

    public record ContradictionView(String measure, PositionView first, PositionView second) {
    }

    /**
     * {@code positions}: the actor's own stances in date order; {@code reportedByOthers}: what third
     * parties say the actor's stance is (basis reported), never counted as the actor's own.
     * {@code references}: where the affiliation and description come from. The three lists hold page
     * {@code page} of {@code pages} ({@code ?page=n}, {@link org.concordance.web.PageRequest#DETAIL_ROWS}
     * rows of each); the counts count them whole. {@code contradictions} are found over every position.
     */
    public record ActorDetail(ActorSummary actor, String description, Map<String, ReferenceView> references,
            List<PositionView> positions, List<ContradictionView> contradictions, List<PositionView> reportedByOthers,
            List<SignatureView> signatures, long positionCount, long reportedCount, long signatureCount, int page, int pages) {
    }
}
