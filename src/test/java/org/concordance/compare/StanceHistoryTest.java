package org.concordance.compare;

import static org.concordance.compare.ComparisonEngineTest.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.concordance.compare.Views.DatedCount;
import org.concordance.compare.Views.HistoryStep;
import org.concordance.compare.Views.SupportOverTime;
import org.concordance.compare.Views.TypeHistory;
import org.concordance.measure.MeasureType;
import org.concordance.position.Basis;
import org.concordance.position.Stance;
import org.junit.jupiter.api.Test;

/** An actor's stance on a measure type over time, its reversals, and a type's support and opposition by period. */
class StanceHistoryTest {

    static final MeasureType M = MeasureType.MORATORIUM;

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static TypeHistory history(List<PositionFacts> positions, MeasureType type) {
        return ComparisonEngine.stanceHistory("x", positions).types().stream().filter(t -> t.type() == type).findFirst()
                .orElseThrow();
    }

    @Test
    void supportsThenOpposesIsAReversalOnTheLaterDate() {
        var t = history(List.of(
                actor("x", "pause", M, Stance.OPPOSES, "later", d(2024, 5, 1)),
                actor("x", "pause", M, Stance.SUPPORTS, "earlier", d(2023, 1, 10)),
                actor("y", "pause", M, Stance.OPPOSES, "other", d(2022, 1, 1))), M);
        assertEquals(2, t.steps().size());
        HistoryStep first = t.steps().get(0);
        HistoryStep second = t.steps().get(1);
        assertEquals(Stance.SUPPORTS, first.stance());
        assertEquals(d(2023, 1, 10), first.first().date());
        assertFalse(first.reversal(), "the first stance reverses nothing");
        assertEquals(Stance.OPPOSES, second.stance());
        assertTrue(second.reversal());
        assertEquals(Leaning.FOR, second.reversedFrom());
        assertTrue(second.sameMeasure(), "on the same measure: also a contradiction");
        assertEquals(1, t.reversals());
        assertEquals(2, t.positions());
        assertEquals(1, ComparisonEngine.actor("x", List.of(first.first(), second.first())).contradictions().size(),
                "the contradiction view finds the same pair");
    }

    @Test
    void aChangeWithinOneLeaningIsNoReversal() {
        var t = history(List.of(
                actor("x", "pause", M, Stance.SUPPORTS, "a", d(2023, 1, 1)),
                actor("x", "pause", M, Stance.CONDITIONAL, "b", d(2023, 2, 1)),
                actor("x", "pause", M, Stance.INSUFFICIENT, "c", d(2023, 3, 1)),
                actor("x", "pause", M, Stance.PROPOSES, "d", d(2023, 4, 1))), M);
        assertEquals(List.of(Stance.SUPPORTS, Stance.CONDITIONAL, Stance.INSUFFICIENT, Stance.PROPOSES),
                t.steps().stream().map(HistoryStep::stance).toList());
        assertTrue(t.steps().stream().noneMatch(HistoryStep::reversal));
        assertEquals(0, t.reversals());
    }

    @Test
    void aNeutralStepBetweenDoesNotHideAReversalAndTooFarLeansAgainst() {
        var t = history(List.of(
                actor("x", "pause", M, Stance.SUPPORTS, "a", d(2023, 1, 1)),
                actor("x", "pause", M, Stance.DISCUSSES, "b", d(2023, 2, 1)),
                actor("x", "forever", M, Stance.TOO_FAR, "c", d(2023, 3, 1))), M);
        HistoryStep last = t.steps().get(2);
        assertTrue(last.reversal());
        assertFalse(last.sameMeasure(), "on another variant of the type: not a contradiction");
        assertFalse(t.steps().get(1).reversal());
    }

    @Test
    void opposingStancesOnOneDateAreInNoOrder() {
        var t = history(List.of(
                actor("x", "pause", M, Stance.SUPPORTS, "a", d(2023, 1, 1)),
                actor("x", "pause", M, Stance.OPPOSES, "b", d(2023, 1, 1)),
                actor("x", "pause", M, Stance.OPPOSES, "c", d(2023, 6, 1))), M);
        assertEquals(0, t.reversals(), "the latest earlier date took both sides: nothing to reverse");
        assertEquals(List.of(Stance.SUPPORTS, Stance.OPPOSES), t.steps().stream().map(HistoryStep::stance).toList());
        assertEquals(2, t.steps().get(1).positions());
        assertEquals(d(2023, 6, 1), t.steps().get(1).last().date());
    }

    @Test
    void consecutiveEqualStancesCollapseAndUndatedStandApart() {
        List<PositionFacts> positions = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            positions.add(actor("x", "pause", M, Stance.SUPPORTS, "doc-" + i, d(2020, i, 1)));
        }
        positions.add(actor("x", "pause", M, Stance.OPPOSES, "undated-1", null));
        positions.add(actor("x", "pause", M, Stance.OPPOSES, "undated-2", null));
        positions.add(new PositionFacts("r", "pause", M, "x", true, "report", d(2021, 1, 1), Stance.OPPOSES, Basis.REPORTED,
                null, 1));
        var t = history(positions, M);
        assertEquals(1, t.steps().size());
        HistoryStep run = t.steps().get(0);
        assertEquals(5, run.positions());
        assertEquals("doc-1", run.first().recordedIn());
        assertEquals("doc-5", run.last().recordedIn());
        assertEquals(1, t.undated().size());
        assertEquals(2, t.undated().get(0).positions());
        assertNull(t.undated().get(0).first().date(), "an undated position is given no date");
        assertEquals(0, t.reversals(), "undated positions, and a third party's account, reverse nothing");
        assertEquals(7, t.positions(), "the reported stance is not the actor's own");
    }

    @Test
    void onlyTheLatestStepsAreKeptButEveryReversalIsCounted() {
        List<PositionFacts> positions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            positions.add(actor("x", "pause", M, i % 2 == 0 ? Stance.SUPPORTS : Stance.OPPOSES, "doc-" + i,
                    d(2000, 1, 1).plusDays(i)));
        }
        var t = history(positions, M);
        assertEquals(ComparisonEngine.HISTORY_STEPS, t.steps().size());
        assertEquals(30 - ComparisonEngine.HISTORY_STEPS, t.earlierSteps());
        assertEquals(29, t.reversals());
        assertEquals("doc-29", t.steps().get(t.steps().size() - 1).first().recordedIn());
    }

    @Test
    void thousandsOfPositionsGiveABoundedHistory() {
        List<PositionFacts> positions = new ArrayList<>();
        Stance[] stances = Stance.values();
        for (int i = 0; i < 6000; i++) {
            MeasureType type = MeasureType.values()[i % MeasureType.values().length];
            positions.add(actor("x", "m" + (i % 50), type, stances[(i / 7) % stances.length], "doc-" + i,
                    i % 10 == 0 ? null : d(2000, 1, 1).plusDays(i / 3)));
        }
        var h = ComparisonEngine.stanceHistory("x", positions);
        assertEquals(MeasureType.values().length, h.types().size());
        for (TypeHistory t : h.types()) {
            assertTrue(t.steps().size() <= ComparisonEngine.HISTORY_STEPS, t.type() + ": " + t.steps().size());
            assertTrue(t.undated().size() <= Stance.values().length);
            assertEquals(t.positions(), t.steps().stream().mapToInt(HistoryStep::positions).sum()
                    + t.undated().stream().mapToInt(HistoryStep::positions).sum() + countEarlier(positions, t),
                    t.type() + ": every position in a step, listed or earlier");
        }
    }

    /** The positions of a type's steps that came before the listed ones. */
    private static int countEarlier(List<PositionFacts> positions, TypeHistory t) {
        if (t.earlierSteps() == 0) {
            return 0;
        }
        PositionFacts first = t.steps().get(0).first();
        return (int) positions.stream().filter(p -> p.type() == t.type() && p.date() != null)
                .filter(p -> History.BY_DATE.compare(p, first) < 0).count();
    }

    @Test
    void supportOverTimeIsCumulativeByMonthAndCountsTheUndatedApart() {
        SupportOverTime s = ComparisonEngine.supportOverTime(List.of(
                new DatedCount(2023, 3, Stance.SUPPORTS, 2), new DatedCount(2023, 3, Stance.OPPOSES, 1),
                new DatedCount(2023, 3, Stance.DISCUSSES, 5), new DatedCount(2023, 11, Stance.PROPOSES, 1),
                new DatedCount(2023, 11, Stance.TOO_FAR, 2), new DatedCount(2023, 5, Stance.NO_POSITION, 1),
                new DatedCount(null, null, Stance.SUPPORTS, 4), new DatedCount(null, null, Stance.OPPOSES, 1)));
        assertEquals("month", s.granularity());
        assertEquals(List.of("2023-03", "2023-11"), s.buckets().stream().map(Views.TimeBucket::period).toList(),
                "only periods with a stance for or against");
        assertEquals(2, s.buckets().get(0).forPositions());
        assertEquals(3, s.buckets().get(1).forTotal());
        assertEquals(3, s.buckets().get(1).againstTotal());
        assertEquals(2, s.buckets().get(1).againstPositions());
        assertEquals(4, s.undatedFor());
        assertEquals(1, s.undatedAgainst());
    }

    @Test
    void manyMonthsGoByYear() {
        List<DatedCount> counts = new ArrayList<>();
        for (int m = 0; m < ComparisonEngine.MAX_BUCKETS + 1; m++) {
            counts.add(new DatedCount(2010 + m / 12, m % 12 + 1, Stance.SUPPORTS, 1));
        }
        SupportOverTime s = ComparisonEngine.supportOverTime(counts);
        assertEquals("year", s.granularity());
        assertEquals(5, s.buckets().size());
        assertEquals("2010", s.buckets().get(0).period());
        assertEquals(12, s.buckets().get(0).forPositions());
        assertEquals(ComparisonEngine.MAX_BUCKETS + 1, s.buckets().get(4).forTotal());
    }
}
