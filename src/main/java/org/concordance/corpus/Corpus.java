package org.concordance.corpus;

import java.util.List;
import java.util.Map;

import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;

/**
 * A validated corpus: every file bound, every reference resolved, every quote found verbatim in
 * its source text and anchored there. {@code hash} identifies the exact bytes of the files it
 * was read from (the corpus version).
 */
public record Corpus(String hash, List<ActorFile> actors, List<DocumentFile> documents, Map<String, SourceText> texts,
        Map<EvidenceEntry, Anchor> anchors) {

    public int measureCount() {
        return documents.stream().mapToInt(d -> size(d.measures())).sum();
    }

    public int positionCount() {
        return documents.stream().mapToInt(d -> size(d.positions())).sum();
    }

    public int signatureCount() {
        return documents.stream().mapToInt(d -> size(d.signatures())).sum();
    }

    public int evidenceCount() {
        return documents.stream().mapToInt(d -> nullSafe(d.positions()).stream().mapToInt(p -> size(p.evidence())).sum()
                + nullSafe(d.signatures()).stream().mapToInt(s -> size(s.evidence())).sum()).sum();
    }

    public String summary() {
        return summary(documents.size(), measureCount(), actors.size(), positionCount(), signatureCount(), evidenceCount());
    }

    /** The one-line count of a corpus, as {@code validate} and the import outcome say it. */
    static String summary(int documents, int measures, int actors, int positions, int signatures, int evidence) {
        return documents + " documents, " + measures + " measures, " + actors + " actors, " + positions + " positions, "
                + signatures + " signatures, " + evidence + " evidence quotes";
    }

    static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
