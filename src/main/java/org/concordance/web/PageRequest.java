package org.concordance.web;

import java.util.List;

/**
 * Validated paging and sorting from query parameters: {@code page} from 1, {@code size} from
 * 1 to {@link #MAX_SIZE}, {@code sort} one of an allow-list (a leading '-' sorts descending).
 */
public record PageRequest(int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * Rows a detail (a document, a measure, an actor) shows per page of each list that grows
     * with the corpus (a document's signatures, a measure's positions): the API's largest page.
     */
    public static final int DETAIL_ROWS = MAX_SIZE;

    public static PageRequest of(String page, String size, String sort, List<String> allowedSorts, String defaultSort) {
        int p = integer("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
        int s = integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String key = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        boolean desc = key.startsWith("-");
        String field = desc ? key.substring(1) : key;
        if (!allowedSorts.contains(field)) {
            throw ProblemException.badParameter("sort", "'" + key + "' is not a sort key; allowed: "
                    + String.join(", ", allowedSorts) + " (prefix with '-' to reverse)");
        }
        return new PageRequest(p, s, field, desc);
    }

    /** The {@code page} parameter alone: 1 when absent, else a whole number from 1 (a 400 naming it otherwise). */
    public static int page(String raw) {
        return integer("page", raw, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < min || v > max) {
                throw ProblemException.badParameter(name, "must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "must be a whole number, got '" + org.concordance.Text.abbreviate(raw) + "'");
        }
    }
}
