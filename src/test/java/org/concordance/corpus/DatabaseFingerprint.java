package org.concordance.corpus;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Row count and id sum of every table: an import that inserted, deleted or replaced anything
 * (replacing allocates new ids) changes it.
 */
@ApplicationScoped
public class DatabaseFingerprint {

    static final List<String> TABLES = List.of("actor", "actor_alias", "document", "document_author",
            "document_link", "measure", "position", "signature", "evidence", "corpus_import", "source_text",
            "source_text_part", "document_reference", "actor_reference", "corpus_item", "corpus_change");

    @Inject
    EntityManager em;

    @Transactional
    public String take() {
        StringBuilder b = new StringBuilder();
        for (String table : TABLES) {
            String idSum = table.equals("actor_alias") ? "sum(actor_id * 1000 + ordinal)"
                    : table.equals("document_author") ? "sum(document_id * 1000 + ordinal)"
                    : table.equals("source_text_part") ? "sum(source_text_id * 1000 + ordinal)"
                    : table.equals("document_reference") ? "sum(document_id)"
                    : table.equals("actor_reference") ? "sum(actor_id)"
                    : table.equals("corpus_item") ? "sum(length(stable_id) + length(fingerprint))"
                    : table.equals("corpus_change") ? "sum(import_id * 100000 + ordinal)" : "sum(id)";
            Object[] row = (Object[]) em.createNativeQuery("select count(*), " + idSum + " from " + table)
                    .getSingleResult();
            b.append(table).append('=').append(row[0]).append('/').append(row[1]).append(' ');
        }
        return b.toString().trim();
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    /** What each id column refers to, and the column that identifies a row there for good. */
    private static final java.util.Map<String, String[]> REFERS = java.util.Map.ofEntries(
            java.util.Map.entry("document_id", new String[] { "document", "slug" }),
            java.util.Map.entry("source_id", new String[] { "document", "slug" }),
            java.util.Map.entry("target_id", new String[] { "document", "slug" }),
            java.util.Map.entry("via_document_id", new String[] { "document", "slug" }),
            java.util.Map.entry("recorded_in_id", new String[] { "document", "slug" }),
            java.util.Map.entry("actor_id", new String[] { "actor", "slug" }),
            java.util.Map.entry("reported_by_id", new String[] { "actor", "slug" }),
            java.util.Map.entry("measure_id", new String[] { "measure", "slug" }),
            java.util.Map.entry("position_id", new String[] { "position", "stable_id" }),
            java.util.Map.entry("signature_id", new String[] { "signature", "stable_id" }),
            java.util.Map.entry("source_text_id", new String[] { "source_text", "name" }));

    /**
     * The corpus content of every table, one sorted line per row, with database ids left out and
     * each id that refers to a row replaced by that row's slug, stable id or name: two imports of
     * the same files give the same lines, however they got there.
     */
    @Transactional
    public java.util.List<String> content() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            java.util.Map<String, java.util.Map<Long, String>> keys = new java.util.HashMap<>();
            for (String[] target : REFERS.values()) {
                keys.computeIfAbsent(target[0], t -> {
                    java.util.Map<Long, String> byId = new java.util.HashMap<>();
                    try (var st = connection.createStatement(); var rows = st.executeQuery("select id, " + target[1] + " from " + t)) {
                        while (rows.next()) {
                            byId.put(rows.getLong(1), rows.getString(2));
                        }
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return byId;
                });
            }
            for (String table : TABLES) {
                if (table.equals("corpus_import") || table.equals("corpus_change")) { // the history differs by how the version was reached
                    continue;
                }
                try (var st = connection.createStatement(); var rows = st.executeQuery("select * from " + table)) {
                    var meta = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder(table);
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String column = meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT);
                            Object value = rows.getObject(c);
                            if (column.equals("id")) {
                                continue;
                            }
                            String[] target = REFERS.get(column);
                            if (target != null && value != null) {
                                value = keys.get(target[0]).get(((Number) value).longValue());
                            }
                            line.append(' ').append(column).append('=').append(value);
                        }
                        lines.add(line.toString());
                    }
                }
            }
        });
        java.util.Collections.sort(lines);
        return lines;
    }
}
