package org.concordance.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordance.compare.Leaning;
import org.concordance.document.DocumentViews.ReferenceView;
import org.concordance.measure.MeasureType;
import org.concordance.position.Stance;
import org.concordance.position.Refs.EvidenceView;
import org.concordance.position.Refs.MeasureRef;
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
     * One step of an actor's stance on a measure type: {@code positions} consecutive positions (by
     * date) of one stance, from the position {@code id} (its measure, the document that records it,
     * that document's date, its evidence: at most {@link ActorQueries#STEP_EVIDENCE} of its
     * {@code evidenceCount} quotes) to the position {@code lastId} ({@code lastDocument},
     * {@code lastDate}; the same as the first for a step of one). {@code reversal}: the step's
     * leaning is the opposite of the actor's on the latest earlier date ({@code reversedFrom});
     * {@code sameMeasure}: that earlier stance was on this measure, so the pair is also among the
     * contradictions. An undated step has null dates and is never a reversal.
     */
    public record HistoryStepView(String id, MeasureRef measure, String document, LocalDate date, Stance stance,
            Leaning leaning, boolean reversal, Leaning reversedFrom, boolean sameMeasure, int positions, String lastId,
            String lastDocument, LocalDate lastDate, String note, int evidenceCount, List<EvidenceView> evidence, String html) {
    }

    /**
     * An actor's stance on one measure type over time: {@code steps} in date order, the latest
     * {@link org.concordance.compare.ComparisonEngine#HISTORY_STEPS} ({@code earlierSteps} before
     * them not listed); {@code reversals} over all of them; {@code undated}, positions recorded in
     * documents without a date, one step per stance, outside the sequence; {@code all}, the API list
     * of every one of the actor's positions on the type.
     */
    public record TypeHistoryView(MeasureType type, int positions, int reversals, List<HistoryStepView> steps,
            int earlierSteps, List<HistoryStepView> undated, String all) {
    }

    /**
     * {@code positions}: the actor's own stances in date order; {@code reportedByOthers}: what third
     * parties say the actor's stance is (basis reported), never counted as the actor's own.
     * {@code references}: where the affiliation and description come from. The three lists hold page
     * {@code page} of {@code pages} ({@code ?page=n}, {@link org.concordance.web.PageRequest#DETAIL_ROWS}
     * rows of each); the counts count them whole. {@code contradictions} are found over every position.
     * {@code stanceHistory}: per measure type, the actor's own stances as a dated sequence with reversals
     * flagged, found over every position and the same on every page.
     */
    public record ActorDetail(ActorSummary actor, String description, Map<String, ReferenceView> references,
            List<PositionView> positions, List<ContradictionView> contradictions, List<TypeHistoryView> stanceHistory,
            List<PositionView> reportedByOthers,
            List<SignatureView> signatures, long positionCount, long reportedCount, long signatureCount, int page, int pages) {
    }
}
