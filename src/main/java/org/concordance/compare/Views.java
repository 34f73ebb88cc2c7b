package org.concordance.compare;

import java.time.LocalDate;
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

    /**
     * One step of an actor's stance on a measure type: a run of {@code positions} consecutive
     * positions (in date order) that take the same stance, from {@code first} to {@code last}.
     * {@code reversal}: the step's leaning ({@link Leaning#FOR} or {@link Leaning#AGAINST}) is the
     * opposite of the actor's leaning on an earlier date ({@code reversedFrom}); see
     * {@link ComparisonEngine#stanceHistory}. {@code sameMeasure}: the stance reversed was on this
     * step's measure (so the pair is also among the actor's contradictions), not on another
     * variant of the type.
     */
    record HistoryStep(Stance stance, Leaning leaning, PositionFacts first, PositionFacts last, int positions,
            boolean reversal, Leaning reversedFrom, boolean sameMeasure) {
    }

    /**
     * An actor's stance on one measure type over time: {@code steps}, the dated steps in date order
     * (the latest {@link ComparisonEngine#HISTORY_STEPS} of them; {@code earlierSteps} more before
     * those), {@code reversals} counted over every step; {@code undated}, the positions recorded in
     * documents without a date, one step per stance, never in the sequence and never a reversal.
     */
    record TypeHistory(MeasureType type, int positions, int reversals, List<HistoryStep> steps, int earlierSteps,
            List<HistoryStep> undated) {
    }

    /** An actor's own positions (third parties' accounts apart) as a history per measure type, in the types' order. */
    record StanceHistory(String actor, List<TypeHistory> types) {
    }

    /**
     * Positions of one stance in one period ({@code year} and {@code month} null: the document is
     * undated; {@code month} null: a whole year), the engine's input for {@link SupportOverTime}.
     */
    record DatedCount(Integer year, Integer month, Stance stance, long positions) {
    }

    /**
     * One period ({@code period}: {@code 2023-03} or {@code 2023}, from {@code start}) in which
     * positions leaning for or against were recorded: how many of each in it, and how many up to
     * its end (cumulative).
     */
    record TimeBucket(String period, LocalDate start, long forPositions, long againstPositions, long forTotal,
            long againstTotal) {
    }

    /**
     * Support and opposition of a type over time, cumulative, by {@code granularity} (month, or
     * year when the dated months are more than {@link ComparisonEngine#MAX_BUCKETS}); only periods
     * with a position leaning for or against. Positions of undated documents are in no period:
     * {@code undatedFor} and {@code undatedAgainst} count them. Third parties' accounts are not counted.
     */
    record SupportOverTime(String granularity, List<TimeBucket> buckets, long undatedFor, long undatedAgainst) {
    }
}
