package org.concordance.corpus;

import java.util.regex.Pattern;

/** The file name of a source text in {@code proposals/sources/}, as a document names it, with its place. */
public record TextName(String value, Loc at) {

    /** A plain file name ending in {@code .txt}: no directories, no leading dot. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,195}\\.txt");

    public static boolean isValid(String s) {
        return FORMAT.matcher(s).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
