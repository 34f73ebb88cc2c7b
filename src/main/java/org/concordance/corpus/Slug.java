package org.concordance.corpus;

import java.util.regex.Pattern;

/** A slug as written in a corpus file, defining or referring to something, with its place. */
public record Slug(String value, Loc at) {

    /** Lower-case letters, digits and inner hyphens; safe in URLs, file names and HTML ids. */
    public static final Pattern FORMAT = org.concordance.Text.SLUG;

    public static boolean isValid(String s) {
        return org.concordance.Text.isSlug(s);
    }

    /** The strings that are slugs, in the order given: all that a batch read asks the database for (a NUL byte is an error for PostgreSQL). */
    public static java.util.List<String> only(java.util.Collection<String> strings) {
        return strings.stream().filter(s -> s != null && isValid(s)).toList();
    }

    @Override
    public String toString() {
        return value;
    }
}
