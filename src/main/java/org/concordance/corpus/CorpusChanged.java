package org.concordance.corpus;

import java.util.Set;

/**
 * Fired (synchronously) when a change of a few files has been written, before the new version is
 * published, so that what derives from the corpus can be updated instead of rebuilt. {@code corpus}
 * holds the documents and actors written and the documents read to look things up in;
 * {@code documents} and {@code actors} name those written or removed, whose derived entries are
 * replaced; {@code baseHash} is the version the change applies to.
 */
public record CorpusChanged(String baseHash, Corpus corpus, Set<String> documents, Set<String> actors) {
}
