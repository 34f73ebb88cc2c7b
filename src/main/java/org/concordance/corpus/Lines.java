package org.concordance.corpus;

/** A 1-based, inclusive line range in a source text: written {@code 40} or {@code "99-101"}. */
public record Lines(int start, int end) {
}
