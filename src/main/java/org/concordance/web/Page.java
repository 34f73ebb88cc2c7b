package org.concordance.web;

import java.util.List;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, long total, int page, int size, int pages) implements Tabular {

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new Page<>(items, total, request.page(), request.size(), pages);
    }

    @Override
    public List<?> csvRows() {
        return items;
    }
}
