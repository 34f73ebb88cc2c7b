package org.concordance;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the corpus, the domain and the HTTP layer. */
public final class Text {

    /** A slug: lower-case letters, digits and inner hyphens; safe in URLs, file names and HTML ids. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    private Text() {
    }

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }

    /** A value quoted in a message: on one line, at most 80 code points. */
    public static String abbreviate(String value) {
        String oneLine = value.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= 80 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 77)) + "...";
    }

    /** A record component's name as a corpus key and a CSV column: {@code durationMonths} is {@code duration-months}. */
    public static String kebab(String component) {
        return CAMEL.matcher(component).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
