package org.concordance.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JPQL where-clause assembled from optional filters, with its named parameters. */
public final class Query {

    private final StringBuilder where = new StringBuilder();
    public final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public Query and(String condition, String name, Object value) {
        if (value != null) {
            where.append(where.length() == 0 ? "where " : " and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    public String where() {
        return where.toString();
    }
}
