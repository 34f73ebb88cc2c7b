package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.concordance.actor.SignatureRole;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.Moratorium;
import org.concordance.position.Basis;
import org.concordance.position.Stance;
import org.junit.jupiter.api.Test;

/** The facts a reader checks first, pinned against the curated corpus. */
class CorpusFactsTest {

    static final Corpus CORPUS = new CorpusReader(ScratchCorpus.REAL).read().corpus();

    @Test
    void thePauseLettersMoratoriumIsAtLeastSixMonthsAboveGpt4() {
        MeasureEntry pause = measure("fli-six-month-pause");
        assertEquals(MeasureType.MORATORIUM, pause.type());
        Moratorium p = (Moratorium) pause.parameters();
        assertEquals(6, p.durationMonths());
        assertEquals(Boolean.TRUE, p.minimumDuration());
        assertTrue(p.capabilityThreshold().contains("more powerful than GPT-4"), p.capabilityThreshold());
        assertEquals(Set.of(Stance.PROPOSES), stancesOf("fli-pause-letter", "fli-six-month-pause"));
    }

    @Test
    void theScientificReportProposesNothing() {
        String slug = "intl-ai-safety-report-interim";
        List<PositionEntry> own = nullSafe(document(slug).positions()).stream().filter(p -> p.actor() == null).toList();
        assertFalse(own.isEmpty(), slug + " discusses measures");
        assertEquals(Set.of(Stance.DISCUSSES), own.stream().map(PositionEntry::stance).collect(Collectors.toSet()),
                slug + " recommends no policy");
        assertTrue(nullSafe(document("intl-ai-safety-report-interim-summary-zh").positions()).stream().noneMatch(p -> p.actor() == null),
                "the Chinese summary is a translation: its text is evidence on the original's positions");
    }

    @Test
    void theNewsReportsStancesOnThePause() {
        assertEquals(Set.of(Stance.OPPOSES), actorStances("andrew-ng", "fli-six-month-pause"));
        assertEquals(Set.of(Stance.OPPOSES), actorStances("yann-lecun", "fli-six-month-pause"));
        assertEquals(Set.of(Stance.NO_POSITION), actorStances("geoffrey-hinton", "fli-six-month-pause"));
        assertEquals(Set.of(Stance.NO_POSITION), actorStances("sam-altman", "fli-six-month-pause"));
        assertEquals(Set.of(Stance.INSUFFICIENT), actorStances("eliezer-yudkowsky", "fli-six-month-pause"),
                "'not far enough' is not 'opposes'");
        assertEquals(Set.of(Stance.CONDITIONAL), actorStances("gary-marcus", "fli-six-month-pause"));
        assertTrue(signed("yoshua-bengio", "fli-pause-letter", SignatureRole.SIGNED));
        assertTrue(signed("gary-marcus", "fli-pause-letter", SignatureRole.SIGNED));
        assertTrue(signed("yann-lecun", "fli-pause-letter", SignatureRole.DECLINED));
        assertTrue(signed("eliezer-yudkowsky", "fli-pause-letter", SignatureRole.DECLINED));
    }

    @Test
    void positionsInferredFromASignatureSayWhichSignature() {
        positions().filter(p -> p.basis() == Basis.SIGNATURE).forEach(p -> {
            assertTrue(p.actor() != null && p.via() != null, "derived position names actor and signed document");
            assertTrue(signed(p.actor().value(), p.via().value(), SignatureRole.SIGNED)
                    || signed(p.actor().value(), p.via().value(), SignatureRole.INITIATED));
        });
    }

    @Test
    void everyFirstClassMeasureTypeAppearsWithEvidence() {
        for (MeasureType t : MeasureType.values()) {
            if (!t.core()) {
                continue;
            }
            Set<String> ofType = allMeasures().filter(m -> m.type() == t).map(m -> m.slug().value())
                    .collect(Collectors.toSet());
            assertTrue(positions().anyMatch(p -> ofType.contains(p.measure().value()) && !p.evidence().isEmpty()),
                    t + " has at least one evidenced position");
        }
    }

    @Test
    void everyChineseQuoteHasAnEnglishRendering() {
        CORPUS.documents().forEach(d -> Stream.concat(nullSafe(d.positions()).stream().flatMap(p -> p.evidence().stream()),
                nullSafe(d.signatures()).stream().flatMap(s -> s.evidence().stream())).forEach(e -> {
                    String language = e.language() != null ? e.language()
                            : document(e.source() == null ? d.slug().value() : e.source().value()).language();
                    assertTrue("en".equals(language) || e.translation() != null, e.at() + " needs a translation");
                }));
    }

    static Stream<MeasureEntry> allMeasures() {
        return CORPUS.documents().stream().flatMap(d -> nullSafe(d.measures()).stream());
    }

    static Stream<PositionEntry> positions() {
        return CORPUS.documents().stream().flatMap(d -> nullSafe(d.positions()).stream());
    }

    static MeasureEntry measure(String slug) {
        return allMeasures().filter(m -> m.slug().value().equals(slug)).findFirst().orElseThrow();
    }

    static DocumentFile document(String slug) {
        return CORPUS.documents().stream().filter(d -> d.slug().value().equals(slug)).findFirst().orElseThrow();
    }

    static Set<Stance> stancesOf(String document, String measure) {
        return nullSafe(document(document).positions()).stream()
                .filter(p -> p.actor() == null && p.measure().value().equals(measure))
                .map(PositionEntry::stance).collect(Collectors.toSet());
    }

    static Set<Stance> actorStances(String actor, String measure) {
        return positions().filter(p -> p.actor() != null && p.actor().value().equals(actor)
                && p.measure().value().equals(measure)).map(PositionEntry::stance).collect(Collectors.toSet());
    }

    static boolean signed(String actor, String document, SignatureRole role) {
        return CORPUS.documents().stream().anyMatch(d -> nullSafe(d.signatures()).stream().anyMatch((SignatureEntry s) ->
                s.actor().value().equals(actor) && s.role() == role
                        && (s.document() == null ? d.slug().value() : s.document().value()).equals(document)));
    }
}
