package org.concordance.corpus;

/** Fired after the database holds a (new) corpus version, for what is derived from it. */
public record CorpusImported(String hash) {
}
