package org.concordance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.concordance.Coded;

/** Query-parameter parsing with 400s that name the parameter and say what is allowed. */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E> & Coded> E code(String parameter, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Coded.fromCode(type, raw.strip()).orElseThrow(() -> ProblemException.badParameter(parameter,
                "'" + org.concordance.Text.abbreviate(raw) + "' is not allowed; use one of: " + Coded.codes(type)));
    }

    /** A comma-separated list of codes ({@code direct,signature}); null when absent. */
    public static <E extends Enum<E> & Coded> java.util.Set<E> codes(String parameter, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        java.util.Set<E> out = java.util.EnumSet.noneOf(type);
        for (String part : raw.split(",", -1)) {
            if (part.isBlank()) {
                throw ProblemException.badParameter(parameter, "'" + org.concordance.Text.abbreviate(raw)
                        + "' has an empty item; use one or more of: " + Coded.codes(type) + ", separated by commas");
            }
            out.add(code(parameter, part, type));
        }
        return out;
    }

    public static LocalDate date(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, "'" + org.concordance.Text.abbreviate(raw)
                    + "' is not a date; write YYYY-MM-DD");
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw ProblemException.badParameter(parameter, "'" + org.concordance.Text.abbreviate(raw)
                    + "' is outside the dates this service answers for (0001-01-01 to 9999-12-31)");
        }
        return date;
    }

    public static String slug(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!org.concordance.Text.isSlug(raw.strip())) {
            throw ProblemException.badParameter(parameter, "'" + org.concordance.Text.abbreviate(raw) + "' is not a slug (a-z, 0-9 and '-')");
        }
        return raw.strip();
    }

    public static String language(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("[a-z]{2,3}")) {
            throw ProblemException.badParameter(parameter, "'" + org.concordance.Text.abbreviate(raw) + "' is not a language code such as en or zh");
        }
        return raw.strip();
    }
}
