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

    /**
     * The problem as a GitHub Actions workflow command, {@code ::error file=…,line=…,col=…::message}:
     * GitHub shows it as an annotation on that line of the pull request. Values are escaped as the
     * workflow-command syntax requires ({@code %}, line breaks; in properties also {@code :} and {@code ,}).
     */
    public String actions() {
        return "::error file=" + property(at.file()) + ",line=" + at.line() + ",col=" + at.column() + "::" + data(message);
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
