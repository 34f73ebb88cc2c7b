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

    @Test
    void typeComparisonRanksDurationWithIndefiniteAsTheLongest() {
        var c = ComparisonEngine.compareType(MeasureType.MORATORIUM, List.of(THREE_MONTHS, SIX_MONTHS, FOREVER), List.of());
        assertEquals(List.of("forever", "six-months", "three-months"), c.variants().stream().map(v -> v.measure().slug()).toList());
        ParameterRow duration = row(c.parameters(), "duration-months");
        assertTrue(duration.ordered());
        assertEquals(Consensus.DIFFER, duration.consensus());
        assertEquals(List.of("indefinite", "6", "3"), duration.values().stream().map(v -> v.display()).toList());
        assertEquals(List.of("forever"), duration.strictest());
    }

    @Test
    void enumAndBooleanParametersAreOrderedAndTextIsNot() {
        var rows = ComparisonEngine.compareType(MeasureType.MORATORIUM, List.of(THREE_MONTHS, SIX_MONTHS, FOREVER),
                List.of()).parameters();
        assertEquals(List.of("forever"), row(rows, "scope").strictest(), "global is wider than national");
        assertEquals(List.of("forever"), row(rows, "includes-governments-and-militaries").strictest(), "true over false");
        ParameterRow paused = row(rows, "paused-activity");
        assertEquals(false, paused.ordered());
        assertEquals(Consensus.AGREE, paused.consensus());
        assertEquals(List.of(), paused.strictest());
        assertEquals(Consensus.PARTIAL, row(rows, "capability-threshold").consensus());
        assertEquals(Consensus.UNSTATED, row(rows, "fallback-enforcement").consensus());
        assertEquals(Consensus.DIFFER, row(rows, "applies-to").consensus());
    }

    @Test
    void noStrictestWhenOnlyOneValueIsStatedOrAllAreEqual() {
        var rows = ComparisonEngine.compareType(MeasureType.MORATORIUM, List.of(SIX_MONTHS, FOREVER), List.of()).parameters();
        assertEquals(List.of(), row(rows, "minimum-duration").strictest(), "one stated value ranks nothing");
        MeasureFacts a = new MeasureFacts("a", MeasureType.SAFETY_RESEARCH_FUNDING, "x", "A", null,
                new SafetyResearchFunding("labs", new BigDecimal("0.33"), true, null, null));
        MeasureFacts b = new MeasureFacts("b", MeasureType.SAFETY_RESEARCH_FUNDING, "y", "B", null,
                new SafetyResearchFunding("governments", new BigDecimal("0.330"), true, null, true));
        var funding = ComparisonEngine.compareType(MeasureType.SAFETY_RESEARCH_FUNDING, List.of(a, b), List.of()).parameters();
        assertEquals(Consensus.AGREE, row(funding, "share-of-rnd").consensus(), "0.33 equals 0.330");
        assertEquals(List.of(), row(funding, "share-of-rnd").strictest());
        assertEquals("0.33", row(funding, "share-of-rnd").values().get(1).display());
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
