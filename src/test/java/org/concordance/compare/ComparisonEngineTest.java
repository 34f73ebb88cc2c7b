package org.concordance.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordance.compare.Views.ParameterRow;
import org.concordance.compare.Views.ParameterSummary;
import org.concordance.compare.Views.ValueCount;
import org.concordance.measure.MeasureType;
import org.concordance.measure.Scope;
import org.concordance.measure.parameters.Moratorium;
import org.concordance.measure.parameters.SafetyResearchFunding;
import org.concordance.measure.parameters.ThirdPartyAudit;
import org.concordance.measure.parameters.Watermarking;
import org.concordance.position.Basis;
import org.concordance.position.Stance;
import org.junit.jupiter.api.Test;

class ComparisonEngineTest {

    static final MeasureFacts SIX_MONTHS = new MeasureFacts("six-months", MeasureType.MORATORIUM, "letter", "Pause", null,
            new Moratorium(6, true, null, "training", "more powerful than GPT-4", "all AI labs", null, null, "public", null));
    static final MeasureFacts FOREVER = new MeasureFacts("forever", MeasureType.MORATORIUM, "op-ed", "Shut it down", null,
            new Moratorium(null, null, true, "training", null, "everyone", Scope.GLOBAL, true, null, null));
    static final MeasureFacts THREE_MONTHS = new MeasureFacts("three-months", MeasureType.MORATORIUM, "memo", "Short pause",
            null, new Moratorium(3, null, null, "training", null, "all AI labs", Scope.NATIONAL, false, null, null));

    static PositionFacts doc(String document, String measure, MeasureType type, Stance stance) {
        return new PositionFacts(document + "." + measure, measure, type, document, false, document, LocalDate.of(2023, 3, 29), stance, Basis.DIRECT,
                null, 1);
    }

    static PositionFacts actor(String actor, String measure, MeasureType type, Stance stance, String in, LocalDate date) {
        return new PositionFacts(in + "." + measure + "." + actor, measure, type, actor, true, in, date, stance, Basis.DIRECT, null, 2);
    }

    static ParameterRow row(List<ParameterRow> rows, String parameter) {
        return rows.stream().filter(r -> r.parameter().equals(parameter)).findFirst().orElseThrow();
    }

    static ParameterSummary summary(List<ParameterSummary> rows, String parameter) {
        return rows.stream().filter(r -> r.parameter().equals(parameter)).findFirst().orElseThrow();
    }

    static List<String> displays(ParameterSummary s) {
        return s.values().stream().map(ValueCount::display).toList();
    }

    @Test
    void typeComparisonRanksDurationWithIndefiniteAsTheLongest() {
        var rows = ComparisonEngine.typeParameters(MeasureType.MORATORIUM, List.of(THREE_MONTHS, SIX_MONTHS, FOREVER));
        ParameterSummary duration = summary(rows, "duration-months");
        assertTrue(duration.ordered());
        assertEquals(Consensus.DIFFER, duration.consensus());
        assertEquals(List.of("indefinite", "6", "3"), displays(duration), "the strictest first");
        assertEquals("indefinite", duration.strictest().display());
        assertEquals(List.of("forever"), duration.strictest().examples());
        assertEquals(List.of("duration-months", "scope", "includes-governments-and-militaries"),
                ComparisonEngine.strictestOn(rows, FOREVER));
        assertEquals(List.of(), ComparisonEngine.strictestOn(rows, THREE_MONTHS));
    }

    @Test
    void enumAndBooleanParametersAreOrderedAndTextIsNot() {
        var rows = ComparisonEngine.typeParameters(MeasureType.MORATORIUM, List.of(THREE_MONTHS, SIX_MONTHS, FOREVER));
        assertEquals(List.of("forever"), summary(rows, "scope").strictest().examples(), "global is wider than national");
        assertEquals(List.of("forever"), summary(rows, "includes-governments-and-militaries").strictest().examples(), "true over false");
        ParameterSummary paused = summary(rows, "paused-activity");
        assertEquals(false, paused.ordered());
        assertEquals(Consensus.AGREE, paused.consensus());
        assertNull(paused.strictest());
        assertEquals(3, paused.values().get(0).measures());
        ParameterSummary threshold = summary(rows, "capability-threshold");
        assertEquals(Consensus.PARTIAL, threshold.consensus());
        assertEquals(1, threshold.stated());
        assertEquals(2, threshold.silent());
        assertEquals(Consensus.UNSTATED, summary(rows, "fallback-enforcement").consensus());
        ParameterSummary appliesTo = summary(rows, "applies-to");
        assertEquals(Consensus.DIFFER, appliesTo.consensus());
        assertEquals(List.of("all AI labs", "everyone"), displays(appliesTo), "the most frequent first");
        assertEquals(List.of("six-months", "three-months"), appliesTo.values().get(0).examples(), "in slug order");
    }

    @Test
    void noStrictestWhenOnlyOneValueIsStatedOrAllAreEqual() {
        var rows = ComparisonEngine.typeParameters(MeasureType.MORATORIUM, List.of(SIX_MONTHS, FOREVER));
        assertNull(summary(rows, "minimum-duration").strictest(), "one stated value ranks nothing");
        MeasureFacts a = new MeasureFacts("a", MeasureType.SAFETY_RESEARCH_FUNDING, "x", "A", null,
                new SafetyResearchFunding("labs", new BigDecimal("0.33"), true, null, null));
        MeasureFacts b = new MeasureFacts("b", MeasureType.SAFETY_RESEARCH_FUNDING, "y", "B", null,
                new SafetyResearchFunding("governments", new BigDecimal("0.330"), true, null, true));
        var funding = ComparisonEngine.typeParameters(MeasureType.SAFETY_RESEARCH_FUNDING, List.of(a, b));
        ParameterSummary share = summary(funding, "share-of-rnd");
        assertEquals(Consensus.AGREE, share.consensus(), "0.33 equals 0.330");
        assertNull(share.strictest());
        assertEquals(1, share.distinct());
        assertEquals(2, share.values().get(0).measures());
        assertEquals("0.33", share.values().get(0).display());
    }

    @Test
    void theSummaryIsBoundedWhateverTheNumberOfVariants() {
        List<MeasureFacts> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new MeasureFacts(String.format("v%05d", i), MeasureType.MORATORIUM, "d" + i, "V", null,
                    new Moratorium(i % 400 + 1, null, null, "training", "threshold " + i, "all AI labs", null, null, null, null)));
        }
        var rows = ComparisonEngine.typeParameters(MeasureType.MORATORIUM, many);
        ParameterSummary duration = summary(rows, "duration-months");
        assertEquals(400, duration.distinct());
        assertEquals(ComparisonEngine.VALUES_SHOWN, duration.values().size());
        assertEquals("400", duration.strictest().display());
        assertEquals(List.of("v00399", "v00799", "v01199"), duration.strictest().examples());
        assertEquals(12, duration.strictest().measures(), "i % 400 == 399 for 12 of 5000");
        ParameterSummary threshold = summary(rows, "capability-threshold");
        assertEquals(5000, threshold.distinct());
        assertEquals(5000, threshold.stated());
        assertEquals(ComparisonEngine.VALUES_SHOWN, threshold.values().size());
        assertTrue(threshold.values().stream().allMatch(v -> v.examples().size() == 1));
    }

    @Test
    void coalitionListsEveryStanceInOrder() {
        var positions = List.of(actor("ng", "six-months", MeasureType.MORATORIUM, Stance.OPPOSES, "news", null),
                actor("yudkowsky", "six-months", MeasureType.MORATORIUM, Stance.INSUFFICIENT, "news", null),
                doc("letter", "six-months", MeasureType.MORATORIUM, Stance.PROPOSES),
                actor("hinton", "six-months", MeasureType.MORATORIUM, Stance.NO_POSITION, "news", null),
                actor("lecun", "six-months", MeasureType.MORATORIUM, Stance.OPPOSES, "news", null),
                actor("other", "forever", MeasureType.MORATORIUM, Stance.SUPPORTS, "news", null));
        var c = ComparisonEngine.coalition("six-months", positions);
        assertEquals(8, c.groups().size());
        assertEquals(Stance.PROPOSES, c.groups().get(0).stance());
        assertEquals(List.of("letter"), c.groups().get(0).members().stream().map(PositionFacts::holder).toList());
        assertEquals(List.of(), c.groups().get(1).members(), "supporters of another measure are not counted");
        var opposes = c.groups().stream().filter(g -> g.stance() == Stance.OPPOSES).findFirst().orElseThrow();
        assertEquals(List.of("lecun", "ng"), opposes.members().stream().map(PositionFacts::holder).toList());
    }

    @Test
    void documentSimilarityIsTheJaccardIndexOfTheTypesEachIsFor() {
        var positions = List.of(
                doc("letter", "m1", MeasureType.MORATORIUM, Stance.PROPOSES),
                doc("letter", "a1", MeasureType.THIRD_PARTY_AUDIT, Stance.PROPOSES),
                doc("letter", "w1", MeasureType.WATERMARKING, Stance.SUPPORTS),
                doc("joint", "a2", MeasureType.THIRD_PARTY_AUDIT, Stance.PROPOSES),
                doc("joint", "l2", MeasureType.LICENSING, Stance.PROPOSES),
                doc("joint", "w2", MeasureType.WATERMARKING, Stance.DISCUSSES),
                doc("report", "w3", MeasureType.WATERMARKING, Stance.DISCUSSES));
        var measures = List.of(
                new MeasureFacts("a1", MeasureType.THIRD_PARTY_AUDIT, "letter", "Audits", null,
                        new ThirdPartyAudit("independent outside experts", null, null, null, true, null)),
                new MeasureFacts("a2", MeasureType.THIRD_PARTY_AUDIT, "joint", "Audits", null,
                        new ThirdPartyAudit("independent third parties", "model safety", null, null, null, true)),
                new MeasureFacts("w1", MeasureType.WATERMARKING, "letter", "W", null, new Watermarking("tell real from synthetic", null, null, null)),
                new MeasureFacts("w2", MeasureType.WATERMARKING, "joint", "W", null, new Watermarking(null, null, null, null)));
        var c = ComparisonEngine.compareDocuments(List.of("letter", "joint"), measures, positions,
                Map.of("letter", Set.of("bengio", "musk"), "joint", Set.of("bengio", "yao")));
        // for-types: letter {moratorium, audit, watermarking}, joint {audit, licensing}: 1 / 4
        assertEquals(0.25, c.similarity());
        assertEquals(List.of(MeasureType.THIRD_PARTY_AUDIT), c.pairs().get(0).shared());
        assertEquals(List.of(MeasureType.WATERMARKING, MeasureType.THIRD_PARTY_AUDIT),
                c.shared().stream().map(s -> s.type()).toList(), "shared means named by both, whatever the stance");
        var audit = c.shared().get(1);
        assertEquals(Consensus.DIFFER, row(audit.parameters(), "auditor").consensus());
        assertEquals(Consensus.PARTIAL, row(audit.parameters(), "mandatory").consensus());
        assertEquals(List.of(MeasureType.MORATORIUM), c.unique().get(0).types());
        assertEquals(List.of(MeasureType.LICENSING), c.unique().get(1).types());
        assertEquals(List.of("bengio"), c.commonSignatories());
        assertTrue(c.formula().contains("Jaccard"));

        var three = ComparisonEngine.compareDocuments(List.of("letter", "joint", "report"), measures, positions, Map.of());
        assertEquals(3, three.pairs().size());
        assertEquals(0.083, three.similarity(), "(0.25 + 0 + 0) / 3, the report being for nothing");
        assertEquals(List.of(MeasureType.WATERMARKING), three.shared().stream().map(s -> s.type()).toList());
    }

    @Test
    void matrixCellsShowTheStrongestStanceAndCountEvidence() {
        var positions = List.of(doc("letter", "m1", MeasureType.MORATORIUM, Stance.DISCUSSES),
                doc("letter", "m2", MeasureType.MORATORIUM, Stance.PROPOSES),
                actor("ng", "m1", MeasureType.MORATORIUM, Stance.OPPOSES, "letter", null));
        var m = ComparisonEngine.matrix(List.of("letter", "empty"), positions);
        assertEquals(MeasureType.values().length, m.types().size());
        var cell = m.rows().get(0).cells().get(0);
        assertEquals(MeasureType.MORATORIUM, cell.type());
        assertEquals(Stance.PROPOSES, cell.stance());
        assertEquals(List.of(Stance.PROPOSES, Stance.DISCUSSES), cell.stances());
        assertEquals(2, cell.positions(), "an actor's position reported in the letter is not the letter's own");
        assertEquals(2, cell.evidence());
        assertNull(m.rows().get(1).cells().get(0).stance());
    }

    @Test
    void actorTimelineIsInDateOrderAndFlagsContradictions() {
        var positions = List.of(
                actor("x", "m1", MeasureType.MORATORIUM, Stance.OPPOSES, "later", LocalDate.of(2023, 6, 1)),
                actor("x", "m1", MeasureType.MORATORIUM, Stance.SUPPORTS, "earlier", LocalDate.of(2023, 3, 1)),
                actor("x", "m2", MeasureType.MORATORIUM, Stance.INSUFFICIENT, "earlier", LocalDate.of(2023, 3, 1)),
                actor("y", "m1", MeasureType.MORATORIUM, Stance.OPPOSES, "later", LocalDate.of(2023, 6, 1)));
        var t = ComparisonEngine.actor("x", positions);
        assertEquals(List.of("earlier", "earlier", "later"), t.positions().stream().map(PositionFacts::recordedIn).toList());
        assertEquals(1, t.contradictions().size());
        assertEquals("m1", t.contradictions().get(0).measure());
        assertEquals(List.of(), ComparisonEngine.actor("y", positions).contradictions());
    }

    @Test
    void agreementComparesTheLatestStanceOnSharedMeasures() {
        var positions = List.of(
                actor("ng", "pause", MeasureType.MORATORIUM, Stance.OPPOSES, "news", LocalDate.of(2023, 3, 30)),
                actor("lecun", "pause", MeasureType.MORATORIUM, Stance.OPPOSES, "news", LocalDate.of(2023, 3, 30)),
                actor("ng", "audits", MeasureType.THIRD_PARTY_AUDIT, Stance.PROPOSES, "news", LocalDate.of(2023, 3, 30)),
                actor("lecun", "audits", MeasureType.THIRD_PARTY_AUDIT, Stance.TOO_FAR, "news", LocalDate.of(2023, 3, 30)),
                actor("ng", "only-ng", MeasureType.LIABILITY, Stance.SUPPORTS, "news", LocalDate.of(2023, 3, 30)));
        var a = ComparisonEngine.agreement("ng", "lecun", positions);
        assertEquals(2, a.shared());
        assertEquals(1, a.agreeing());
        assertEquals(0.5, a.score());
        assertNull(ComparisonEngine.agreement("ng", "nobody", positions).score(), "no shared measure, no score");
    }

    @Test
    void anUndatedStanceNeverCountsAsTheLatest() {
        var positions = List.of(
                actor("a", "m", MeasureType.MORATORIUM, Stance.SUPPORTS, "dated", LocalDate.of(2023, 3, 1)),
                actor("a", "m", MeasureType.MORATORIUM, Stance.OPPOSES, "undated", null),
                actor("b", "m", MeasureType.MORATORIUM, Stance.SUPPORTS, "dated", LocalDate.of(2023, 3, 1)));
        var agreement = ComparisonEngine.agreement("a", "b", positions);
        assertEquals(Stance.SUPPORTS, agreement.measures().get(0).stanceA(), "the dated stance is the latest known");
        assertEquals(1.0, agreement.score());
    }
}
