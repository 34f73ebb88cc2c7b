package org.concordance.measure;

import java.util.List;

import org.concordance.compare.Views.ParameterSummary;
import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.position.Stance;
import org.concordance.web.Page;
import org.concordance.position.Refs.DocumentRef;
import org.concordance.position.Refs.MeasureRef;
import org.concordance.position.Refs.PositionView;

/** Records of the measure and measure-type API. */
public interface MeasureViews {

    record MeasureSummary(String slug, MeasureType type, String nameEn, String nameZh, String document,
            MeasureParameters parameters, String html, String api) {
    }

    /** One stance on a measure: {@code members}, those on the page asked for; {@code total}, how many there are. */
    record CoalitionGroupView(Stance stance, List<PositionView> members, long total) {
    }

    /**
     * {@code reported}: stances known only from a third party's account (basis reported), in no
     * group, those on the page asked for ({@code reportedTotal} of them in all).
     */
    record CoalitionView(MeasureRef measure, List<CoalitionGroupView> groups, List<PositionView> reported, long reportedTotal) {
    }

    /**
     * A measure and the stances on it. {@code positions}: page {@code page} of {@code pages}
     * ({@code ?page=n}, {@link org.concordance.web.PageRequest#DETAIL_ROWS} a page) of its
     * {@code positionCount} positions in the coalition's order: each stance group in the order of
     * the engine's stance priority (by holder within it), then the third parties' accounts;
     * {@code coalition} groups the same page by stance, with each group's whole count.
     */
    record MeasureDetail(MeasureRef measure, String typeLabelEn, String typeLabelZh, MeasureParameters parameters,
            DocumentRef statedIn, List<PositionView> positions, CoalitionView coalition, long positionCount, int page, int pages) {
    }

    record TypeSummary(MeasureType type, String labelEn, String labelZh, boolean core, long measures, long documents,
            long actors, long supporters, long opponents, String html, String api) {
    }

    /** How many positions of one stance a variant has (third parties' accounts not counted). */
    record StanceCount(Stance stance, long positions) {
    }

    /**
     * One variant of a type: its parameters, those on which it is the strictest of its type, and
     * how many positions of each stance it has (every one with its evidence: {@code html}, {@code api}).
     */
    record VariantView(MeasureRef measure, MeasureParameters parameters, List<String> strictestOn, List<StanceCount> stances) {
    }

    /**
     * Everyone taking one stance on some measure of a type: {@code total} positions, the first
     * {@code shown} of them by date with their evidence, and {@code all}, the API list of every one.
     */
    record StanceGroupView(Stance stance, long total, List<PositionView> shown, String all) {
    }

    /**
     * A measure type compared across all its variants, the same size whatever their number: the
     * parameters summarised over every variant, the coalition by stance, one page of variants.
     * {@code reported}: stances known only from a third party's account, in no group.
     * {@code overTime}: the type's positions leaning for and against, cumulative by month or year of
     * the documents that record them; those of undated documents counted apart.
     */
    record TypeComparisonView(TypeSummary type, List<ParameterSummary> parameters, List<StanceGroupView> coalition,
            StanceGroupView reported, org.concordance.compare.Views.SupportOverTime overTime, Page<VariantView> variants) {
    }
}
