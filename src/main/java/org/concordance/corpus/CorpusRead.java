package org.concordance.corpus;

/**
 * Fired (asynchronously) when a valid corpus has been read and is about to be written, so that
 * what derives from it (the search index) can be prepared while the database is written. The
 * version is published only after the write commits ({@link CorpusImported}).
 */
public record CorpusRead(Corpus corpus) {
}
