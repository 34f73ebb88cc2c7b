package org.concordance.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.Session;

/**
 * The {@code corpus_item} and {@code corpus_change} tables, written in an import's transaction:
 * compares the import's items with those of the import before it, records the difference under
 * the new import, and keeps the items for the next comparison. Only the items whose fingerprint
 * differs are read in full, so an import of a few files reads and writes a few rows.
 */
public final class ChangeLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 500;

    private ChangeLog() {
    }

    /** The files an import rewrote: the documents (with what is recorded in them) and the actors. */
    public record Scope(Set<String> documents, Set<String> actors) {
    }

    /** What an import changed. */
    public record Recorded(int added, int changed, int removed) {
    }

    /**
     * Records the difference between the stored items (all of them, or those of {@code scope}) and
     * {@code items}, under import {@code importId}; with {@code first} (no import before this one)
     * the items are only stored. Then the stored items are these.
     */
    public static Recorded record(EntityManager em, long importId, boolean first, Collection<Item> items, Scope scope) {
        Recorded[] out = new Recorded[1];
        em.unwrap(Session.class).doWork(connection -> out[0] = record(connection, importId, first, items, scope));
        return out[0];
    }

    private static Recorded record(Connection c, long importId, boolean first, Collection<Item> items, Scope scope)
            throws SQLException {
        Map<Item.Key, String[]> stored = stored(c, scope); // key -> owner, fingerprint
        Map<Item.Key, Item> now = new HashMap<>();
        for (Item item : items) {
            now.put(item.key(), item);
        }
        Set<Item.Key> differing = new HashSet<>();
        for (Map.Entry<Item.Key, String[]> e : stored.entrySet()) {
            Item item = now.get(e.getKey());
            if (item == null || !item.fingerprint().equals(e.getValue()[1])) {
                differing.add(e.getKey());
            }
        }
        List<Item> before = read(c, differing, stored);
        List<Item> after = new ArrayList<>();
        for (Item item : items) {
            if (!stored.containsKey(item.key()) || differing.contains(item.key())) {
                after.add(item);
            }
        }
        List<Change> changes = CorpusDiff.between(before, after);
        update(c, differing, after);
        if (first) {
            return new Recorded(0, 0, 0); // nothing to compare with: no change is listed, none counted
        }
        write(c, importId, changes);
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (Change ch : changes) {
            switch (ch.change()) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                case REMOVED -> removed++;
            }
        }
        return new Recorded(added, changed, removed);
    }

    private static Map<Item.Key, String[]> stored(Connection c, Scope scope) throws SQLException {
        Map<Item.Key, String[]> stored = new HashMap<>();
        String select = "select kind, stable_id, owner, fingerprint from corpus_item";
        if (scope == null) {
            try (PreparedStatement s = c.prepareStatement(select); ResultSet rows = s.executeQuery()) {
                collect(rows, stored);
            }
            return stored;
        }
        for (List<String> chunk : chunks(scope.documents())) {
            try (PreparedStatement s = c.prepareStatement(select + " where kind <> 'actor' and owner in (" + marks(chunk.size()) + ")")) {
                bind(s, chunk, 1);
                try (ResultSet rows = s.executeQuery()) {
                    collect(rows, stored);
                }
            }
        }
        for (List<String> chunk : chunks(scope.actors())) {
            try (PreparedStatement s = c.prepareStatement(select + " where kind = 'actor' and owner in (" + marks(chunk.size()) + ")")) {
                bind(s, chunk, 1);
                try (ResultSet rows = s.executeQuery()) {
                    collect(rows, stored);
                }
            }
        }
        return stored;
    }

    private static void collect(ResultSet rows, Map<Item.Key, String[]> stored) throws SQLException {
        while (rows.next()) {
            stored.put(new Item.Key(kind(rows.getString(1)), rows.getString(2)), new String[] { rows.getString(3), rows.getString(4) });
        }
    }

    /** The stored items of these keys, in full. */
    private static List<Item> read(Connection c, Set<Item.Key> keys, Map<Item.Key, String[]> stored) throws SQLException {
        List<Item> items = new ArrayList<>();
        Map<ItemKind, List<String>> byKind = new HashMap<>();
        keys.forEach(k -> byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.id()));
        for (Map.Entry<ItemKind, List<String>> e : byKind.entrySet()) {
            for (List<String> chunk : chunks(e.getValue())) {
                try (PreparedStatement s = c.prepareStatement("select stable_id, fields_json from corpus_item where kind = ? and stable_id in ("
                        + marks(chunk.size()) + ")")) {
                    s.setString(1, e.getKey().code());
                    bind(s, chunk, 2);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            Item.Key key = new Item.Key(e.getKey(), rows.getString(1));
                            String[] known = stored.get(key);
                            items.add(new Item(key.kind(), key.id(), known[0], known[1], fields(rows.getString(2))));
                        }
                    }
                }
            }
        }
        return items;
    }

    private static void write(Connection c, long importId, List<Change> changes) throws SQLException {
        int[] ordinal = { 0 };
        batch(c, "insert into corpus_change (import_id, ordinal, kind, stable_id, change, owner, measure_type, actor, fields_json) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", changes, (s, ch) -> {
                    s.setLong(1, importId);
                    s.setInt(2, ordinal[0]++);
                    s.setString(3, ch.kind().code());
                    s.setString(4, ch.id());
                    s.setString(5, ch.change().code());
                    s.setString(6, ch.owner());
                    s.setString(7, ch.measureType());
                    s.setString(8, ch.actor());
                    s.setString(9, json(ch.fields()));
                });
    }

    private static void update(Connection c, Set<Item.Key> gone, List<Item> written) throws SQLException {
        batch(c, "delete from corpus_item where kind = ? and stable_id = ?", gone, (s, key) -> {
            s.setString(1, key.kind().code());
            s.setString(2, key.id());
        });
        batch(c, "insert into corpus_item (kind, stable_id, owner, fingerprint, fields_json) values (?, ?, ?, ?, ?)", written,
                (s, item) -> {
                    s.setString(1, item.kind().code());
                    s.setString(2, item.id());
                    s.setString(3, item.owner());
                    s.setString(4, item.fingerprint());
                    s.setString(5, json(item.fields()));
                });
    }

    /** Sets one row's parameters. */
    private interface Row<T> {
        void bind(PreparedStatement s, T value) throws SQLException;
    }

    /** Runs {@code sql} once per value, in JDBC batches of {@value #CHUNK}. */
    private static <T> void batch(Connection c, String sql, Collection<T> values, Row<T> row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (T value : values) {
                row.bind(s, value);
                s.addBatch();
                if (++pending == CHUNK) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fields(String json) {
        try {
            return JSON.readValue(json, new TypeReference<java.util.LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item fields are not JSON: " + json, e);
        }
    }

    static List<Change.FieldChange> fieldChanges(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Change.FieldChange>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change fields are not JSON: " + json, e);
        }
    }

    static ItemKind kind(String code) {
        return org.concordance.Coded.fromCode(ItemKind.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown item kind in the database: " + code));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, List<String> values, int from) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(from + i, values.get(i));
        }
    }
}
