package org.concordance.corpus;

/** A place in a corpus file, 1-based, as shown to curators: {@code file:line:column}. */
public record Loc(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
