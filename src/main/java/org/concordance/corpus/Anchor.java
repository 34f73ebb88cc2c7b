package org.concordance.corpus;

/**
 * Where a quote stands in its source text, as a W3C Web Annotation selector would say it: the
 * exact text (the source's own white space), up to 32 code points before and after it, and its
 * start and end offsets in code points (end exclusive). Computed by the loader, never written
 * by hand, so it follows the text.
 */
public record Anchor(String exact, String prefix, String suffix, int start, int end) {

    static final int CONTEXT = 32;
}
