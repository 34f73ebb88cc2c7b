package org.concordance.measure;

import java.util.List;

import org.concordance.compare.Views.ParameterRow;
import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.position.Stance;
import org.concordance.web.Refs.DocumentRef;
import org.concordance.web.Refs.MeasureRef;
import org.concordance.web.Refs.PositionView;

/** Records of the measure and measure-type API. */
public interface MeasureViews {

    record MeasureSummary(String slug, MeasureType type, String nameEn, String nameZh, String document,
            MeasureParameters parameters, String html, String api) {
    }

    record CoalitionGroupView(Stance stance, List<PositionView> members) {
    }

    /** {@code reported}: stances known only from a third party's account (basis reported), in no group. */
    record CoalitionView(MeasureRef measure, List<CoalitionGroupView> groups, List<PositionView> reported) {
    }

    record MeasureDetail(MeasureRef measure, String typeLabelEn, String typeLabelZh, MeasureParameters parameters,
            DocumentRef statedIn, List<PositionView> positions, CoalitionView coalition) {
    }

    record TypeSummary(MeasureType type, String labelEn, String labelZh, boolean core, long measures, long documents,
            long actors, long supporters, long opponents, String html, String api) {
    }

    record VariantView(MeasureRef measure, MeasureParameters parameters, List<PositionView> positions) {
    }

    record TypeComparisonView(TypeSummary type, List<VariantView> variants, List<ParameterRow> parameters) {
    }
}
