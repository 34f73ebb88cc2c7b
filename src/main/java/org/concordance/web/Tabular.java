package org.concordance.web;

import java.util.List;

/** A result that can also be served as CSV: one row per item (records, flattened by {@link CsvWriter}). */
public interface Tabular {
    List<?> csvRows();
}
