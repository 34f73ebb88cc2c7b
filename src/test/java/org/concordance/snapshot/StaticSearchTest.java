package org.concordance.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The snapshot's search index: its terms, its shards and its files, which the browser's script reads. */
class StaticSearchTest {

    @Test
    void wordsFoldOneSuffixAndChineseRunsGiveCharactersAndPairs() {
        assertEquals(Set.of("regulation", "audit", "ai", "2023"), StaticSearch.terms("Regulations, audited AI (２０２３)", true));
        assertEquals(Set.of("暂", "停", "暂停", "实", "验", "实验", "ai"), StaticSearch.terms("暂停 AI 实验", true));
        // a query: a run of two or more characters by its pairs, a lone character itself
        assertEquals(Set.of("暂停", "停大"), StaticSearch.terms("暂停大", false));
        assertEquals(Set.of("停"), StaticSearch.terms("停", false));
        assertEquals("bus", StaticSearch.fold("bus"), "three letters stay");
        for (String w : List.of("pause", "pauses", "paused", "pausing")) {
            assertEquals("paus", StaticSearch.fold(w), w);
        }
        assertEquals("use", StaticSearch.fold("uses"), "three letters stay");
        assertEquals(Set.of("paus"), StaticSearch.terms("The pause of the labs", false).stream().filter(t -> !t.equals("lab"))
                .collect(java.util.stream.Collectors.toSet()), "the service's stop words are no terms");
    }

    @Test
    void shardsAreFnv1aOverUtf8AsTheScriptComputesThem() {
        // FNV-1a 32-bit, computed independently (Python) for these keys
        assertEquals(5, StaticSearch.shard("moratorium", 7));
        assertEquals(10, StaticSearch.shard("暂停", 13));
        assertEquals(4, StaticSearch.shard("fli-pause-letter", 5));
    }

    @Test
    void everyTermIsInTheShardOfItsHashAndEveryEntryInItsChunk() {
        List<StaticSearch.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            entries.add(new StaticSearch.Entry("document", "Letter " + i, "word" + i + " pause 暂停", "en/documents/d" + i + "/index.html"));
        }
        StaticSearch.Index f = StaticSearch.build(entries);
        assertEquals(3, f.shape().entryChunks(), "500 entries a chunk");
        assertTrue(f.files().get("search/entries-2.js").contains("\"Letter 1000\""));
        assertFalse(f.files().get("search/entries-1.js").contains("\"Letter 1000\""));
        String word = "word17";
        String shard = f.files().get("search/terms-" + StaticSearch.shard(word, f.shape().termShards()) + ".js");
        assertTrue(shard.contains("\"word17\":[17]"), "the term, with the one entry that has it");
        String pause = f.files().get("search/terms-" + StaticSearch.shard("暂停", f.shape().termShards()) + ".js");
        assertTrue(pause.contains("\"暂停\":[0,1,2,"), "postings in entry order");
    }

    @Test
    void aQuoteCannotCloseTheScriptThatCarriesIt() {
        String s = StaticSearch.string("say \"</script><script>alert(1)</script>\"\n");
        assertFalse(s.contains("</script>"));
        assertEquals("\"say \\\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\\"\\n\"", s);
    }
}
