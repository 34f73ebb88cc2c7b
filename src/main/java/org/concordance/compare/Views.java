package org.concordance.compare;

import java.util.List;

import org.concordance.measure.MeasureType;
import org.concordance.position.Stance;

/** The engine's answers: plain records, ready to serialise or render. */
public interface Views {

    /** One parameter's value in one variant; {@code value} is null when the source is silent. */
    record ParameterValue(String measure, Object value, String display) {
    }

    /** One parameter across all variants: agreement, and the strictest variants where an order exists. */
    record ParameterRow(String parameter, boolean ordered, Consensus consensus, List<ParameterValue> values,
            List<String> strictest) {
    }

    /**
     * One stated value of a parameter across the variants of a type: how many variants state it,
     * and the first of them by slug ({@code examples}, at most {@link ComparisonEngine#EXAMPLES}).
     */
    record ValueCount(Object value, String display, int measures, List<String> examples) {
    }

    /**
     * One parameter across every variant of a type, the same size whatever their number:
     * {@code stated} variants give a value, {@code silent} ones do not, {@code distinct} values
     * are stated. {@code values} lists at most {@link ComparisonEngine#VALUES_SHOWN} of them: for
     * an ordered parameter the strictest first, otherwise the most frequent first.
     * {@code strictest} is the greatest value of an ordered parameter when at least two differ.
     */
    record ParameterSummary(String parameter, boolean ordered, Consensus consensus, int stated, int silent, int distinct,
            List<ValueCount> values, ValueCount strictest) {
    }

    /** One stance and everyone who takes it on the measure. */
    record CoalitionGroup(Stance stance, List<PositionFacts> members) {
    }

    /** {@code reported}: stances known only from a third party's account, in no group. */
    record Coalition(String measure, List<CoalitionGroup> groups, List<PositionFacts> reported) {
    }

    record SharedType(MeasureType type, List<MeasureFacts> measures, List<ParameterRow> parameters) {
    }

    record UniqueTypes(String document, List<MeasureType> types) {
    }

    record PairSimilarity(String a, String b, double similarity, List<MeasureType> shared, List<MeasureType> union) {
    }

    record DocumentComparison(List<String> documents, List<SharedType> shared, List<UniqueTypes> unique,
            List<String> commonSignatories, double similarity, List<PairSimilarity> pairs, String formula) {
    }

    record MatrixCell(MeasureType type, Stance stance, List<Stance> stances, int positions, int evidence) {
    }

    record MatrixRow(String document, List<MatrixCell> cells) {
    }

    record Matrix(List<MeasureType> types, List<MatrixRow> rows) {
    }

    /** Two stances of one actor on one measure that pull in opposite directions. */
    record Contradiction(String measure, PositionFacts first, PositionFacts second) {
    }

    record ActorTimeline(String actor, List<PositionFacts> positions, List<Contradiction> contradictions,
            List<PositionFacts> reported) {
    }

    record AgreementRow(String measure, MeasureType type, Stance stanceA, Stance stanceB, boolean agree) {
    }

    record ActorAgreement(String a, String b, List<AgreementRow> measures, int shared, int agreeing, Double score) {
    }
}
