package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.concordance.compare.MeasureFacts;
import org.concordance.compare.PositionFacts;
import org.concordance.position.Facts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The diff command compares two checkouts without a database, from {@link EngineFacts}: its
 * measures and positions must be those the service reads back from what an import stored, or the
 * summary's comparisons would not be the API's.
 */
@QuarkusTest
class EngineFactsTest {

    @Inject
    CorpusService service;

    @Inject
    Facts facts;

    @Test
    void theFilesGiveTheEngineWhatTheDatabaseGivesIt() {
        assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        CorpusReader.Result read = new CorpusReader(ScratchCorpus.REAL).read();
        assertTrue(read.ok(), read.problems().toString());

        List<MeasureFacts> stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> facts.measures("", Map.of()));
        List<MeasureFacts> fromFiles = EngineFacts.measures(read.corpus());
        assertTrue(fromFiles.size() > 40, "the bundled corpus's measures: " + fromFiles.size());
        assertEquals(sorted(stored, MeasureFacts::slug), sorted(fromFiles, MeasureFacts::slug));

        List<PositionFacts> storedPositions = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> facts.positions("", Map.of(), Facts.POSITIONS_BY_DATE, 0, 0).stream().map(Facts.Row::facts).toList());
        List<PositionFacts> positionsFromFiles = EngineFacts.positions(read.corpus());
        assertTrue(positionsFromFiles.size() > 50, "the bundled corpus's positions: " + positionsFromFiles.size());
        assertEquals(sorted(storedPositions, PositionFacts::id), sorted(positionsFromFiles, PositionFacts::id));
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, String> key) {
        return list.stream().sorted(Comparator.comparing(key)).toList();
    }
}
