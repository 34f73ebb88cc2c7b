package org.concordance.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * {@link ChangeReader.Catalogue} from the rows of the last import, by slug, in batches of
 * {@link #BATCH} slugs per statement; every query follows an index (on the referring column
 * or on a slug), so its cost is that of the answer, not of the corpus.
 */
final class ImportedCatalogue implements ChangeReader.Catalogue {

    static final int BATCH = 500;

    private final EntityManager em;

    ImportedCatalogue(EntityManager em) {
        this.em = em;
    }

    private static final String REFERRING = """
            select l.source_id from document_link l join document t on t.id = l.target_id where t.slug in (%1$s)
            union select p.document_id from position p join document t on t.id = p.via_document_id where t.slug in (%1$s)
            union select p.document_id from position p join measure m on m.id = p.measure_id
                join document t on t.id = m.document_id where t.slug in (%1$s)
            union select p.document_id from evidence e join position p on p.id = e.position_id
                join document t on t.id = e.source_id where t.slug in (%1$s)
            union select g.recorded_in_id from evidence e join signature g on g.id = e.signature_id
                join document t on t.id = e.source_id where t.slug in (%1$s)
            union select g.recorded_in_id from signature g join document t on t.id = g.document_id where t.slug in (%1$s)
            union select r.document_id from document_reference r where r.ref_document in (%1$s)
            union select p.document_id from position p join signature g on g.actor_id = p.actor_id
                and g.document_id = p.via_document_id join document t on t.id = g.recorded_in_id
                where p.basis = 'SIGNATURE' and t.slug in (%1$s)
            """;

    @Override
    public Set<String> documentsReferring(Set<String> documents) {
        Set<String> out = new TreeSet<>();
        for (List<String> batch : batches(documents)) {
            String in = placeholders(batch.size());
            String sql = "select d.slug from document d where d.id in (" + REFERRING.formatted(in) + ")";
            query(sql, repeat(batch, 8), rows -> out.add(rows.getString(1)));
        }
        return out;
    }

    private static final String NAMING = """
            select a.document_id from document_author a join actor t on t.id = a.actor_id where t.slug in (%1$s)
            union select g.recorded_in_id from signature g join actor t on t.id = g.actor_id where t.slug in (%1$s)
            union select p.document_id from position p join actor t on t.id = p.actor_id where t.slug in (%1$s)
            union select p.document_id from position p join actor t on t.id = p.reported_by_id where t.slug in (%1$s)
            """;

    @Override
    public Set<String> documentsNaming(Set<String> actors) {
        Set<String> out = new TreeSet<>();
        for (List<String> batch : batches(actors)) {
            String sql = "select d.slug from document d where d.id in (" + NAMING.formatted(placeholders(batch.size())) + ")";
            query(sql, repeat(batch, 4), rows -> out.add(rows.getString(1)));
        }
        return out;
    }

    @Override
    public Set<String> actorsReferring(Set<String> documents) {
        Set<String> out = new TreeSet<>();
        for (List<String> batch : batches(documents)) {
            query("select distinct a.slug from actor a join actor_reference r on r.actor_id = a.id where r.ref_document in ("
                    + placeholders(batch.size()) + ")", batch, rows -> out.add(rows.getString(1)));
        }
        return out;
    }

    @Override
    public Map<String, String> measureOwners(Set<String> measures) {
        Map<String, String> out = new HashMap<>();
        for (List<String> batch : batches(measures)) {
            query("select m.slug, d.slug from measure m join document d on d.id = m.document_id where m.slug in ("
                    + placeholders(batch.size()) + ")", batch, rows -> out.put(rows.getString(1), rows.getString(2)));
        }
        return out;
    }

    @Override
    public Set<String> signed(Set<String> pairs, Set<String> excluded) {
        Set<String> actors = new TreeSet<>();
        pairs.forEach(p -> actors.add(p.substring(0, p.indexOf(' '))));
        Set<String> out = new TreeSet<>();
        for (List<String> batch : batches(actors)) {
            query("select a.slug, t.slug, r.slug from signature g join actor a on a.id = g.actor_id "
                    + "join document t on t.id = g.document_id join document r on r.id = g.recorded_in_id "
                    + "where g.role not in ('DECLINED', 'WITHDRAWN') and a.slug in (" + placeholders(batch.size()) + ")", batch, rows -> {
                        String pair = rows.getString(1) + " " + rows.getString(2);
                        if (pairs.contains(pair) && !excluded.contains(rows.getString(3))) {
                            out.add(pair);
                        }
                    });
        }
        return out;
    }

    @Override
    public Map<String, Set<String>> textOwners(Set<String> names) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> batch : batches(names)) {
            query("select t.name, d.slug from document d join source_text t on t.id = d.source_text_id where t.name in ("
                    + placeholders(batch.size()) + ")", batch,
                    rows -> out.computeIfAbsent(rows.getString(1), k -> new TreeSet<>()).add(rows.getString(2)));
        }
        return out;
    }

    @Override
    public Map<String, String> textsOf(Set<String> documents) {
        Map<String, String> out = new HashMap<>();
        for (List<String> batch : batches(documents)) {
            query("select d.slug, t.name from document d join source_text t on t.id = d.source_text_id where d.slug in ("
                    + placeholders(batch.size()) + ")", batch, rows -> out.put(rows.getString(1), rows.getString(2)));
        }
        return out;
    }

    /** The ids of these slugs in a table with a {@code slug} column ({@code name} for source texts). */
    Map<String, Long> ids(String table, Collection<String> slugs) {
        String column = table.equals("source_text") ? "name" : "slug";
        Map<String, Long> out = new HashMap<>();
        for (List<String> batch : batches(new TreeSet<>(slugs))) {
            query("select " + column + ", id from " + table + " where " + column + " in (" + placeholders(batch.size()) + ")",
                    batch, rows -> out.put(rows.getString(1), rows.getLong(2)));
        }
        return out;
    }

    interface Row {
        void take(ResultSet rows) throws SQLException;
    }

    private void query(String sql, List<String> parameters, Row row) {
        em.unwrap(Session.class).doWork((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setString(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        row.take(rows);
                    }
                }
            }
        });
    }

    private static List<List<String>> batches(Set<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }

    private static List<String> repeat(List<String> batch, int times) {
        List<String> out = new ArrayList<>(batch.size() * times);
        for (int i = 0; i < times; i++) {
            out.addAll(batch);
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
