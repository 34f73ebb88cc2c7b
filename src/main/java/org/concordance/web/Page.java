package org.concordance.web;

import java.util.List;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, long total, int page, int size, int pages) implements Tabular {

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size(), pages(total, request.size()));
    }

    /** How many pages of {@code size} rows {@code total} rows fill (1 for none: page 1 always exists). */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** A 404 for a page past the last one of {@code list} (page 1 always exists, empty or not). */
    public static void check(String list, int page, int pages) {
        if (page > Math.max(1, pages)) {
            throw ProblemException.noPage(list, String.valueOf(page), pages);
        }
    }

    /** Page {@code page} (from 1) of a list already in its order: empty past the end. */
    public static <T> List<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    @Override
    public List<?> csvRows() {
        return items;
    }
}
