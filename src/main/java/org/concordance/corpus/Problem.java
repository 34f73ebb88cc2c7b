package org.concordance.corpus;

import java.util.Comparator;

/** One thing wrong with the corpus, where it is and what is wrong. */
public record Problem(Loc at, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> p.at.file())
            .thenComparingInt(p -> p.at.line()).thenComparingInt(p -> p.at.column())
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** At most 80 characters of a value for a message, so an error never republishes a whole file. */
    public static String abbreviate(String value) {
        return org.concordance.Text.abbreviate(value);
    }

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
