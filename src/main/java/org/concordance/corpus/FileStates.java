package org.concordance.corpus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.concordance.corpus.CorpusReader.FileState;
import org.hibernate.Session;

/**
 * The {@code corpus_file} table: what the import now in the database knew of each file. It is
 * written in the import's transaction, so it always describes the corpus the database holds.
 */
final class FileStates {

    private static final int BATCH = 1000;

    private FileStates() {
    }

    static Map<String, FileState> load(EntityManager em) {
        Map<String, FileState> states = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select path, size, modified_nanos, sha256 from corpus_file");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), new FileState(rows.getLong(2), rows.getLong(3),
                            HexFormat.of().parseHex(rows.getString(4))));
                }
            }
        });
        return states;
    }

    static void replace(EntityManager em, Map<String, FileState> states) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from corpus_file")) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into corpus_file (path, size, modified_nanos, sha256) values (?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<String, FileState> e : states.entrySet()) {
                    insert.setString(1, e.getKey());
                    insert.setLong(2, e.getValue().size());
                    insert.setLong(3, e.getValue().modified());
                    insert.setString(4, HexFormat.of().formatHex(e.getValue().sha256()));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /**
     * Writes the states in {@code now} that differ from {@code before}, and deletes those of files
     * no longer there; only those of {@code touched} when it is given (the files that can differ).
     */
    static void update(EntityManager em, Map<String, FileState> before, Map<String, FileState> now,
            java.util.Set<String> touched) {
        if (touched != null) {
            Map<String, FileState> someBefore = new HashMap<>();
            Map<String, FileState> someNow = new HashMap<>();
            for (String path : touched) {
                if (before.containsKey(path)) {
                    someBefore.put(path, before.get(path));
                }
                if (now.containsKey(path)) {
                    someNow.put(path, now.get(path));
                }
            }
            update(em, someBefore, someNow, null);
            return;
        }
        List<Map.Entry<String, FileState>> changed = now.entrySet().stream().filter(e -> {
            FileState was = before.get(e.getKey());
            return was == null || was.size() != e.getValue().size() || was.modified() != e.getValue().modified()
                    || !java.util.Arrays.equals(was.sha256(), e.getValue().sha256());
        }).toList();
        List<String> removed = before.keySet().stream().filter(path -> !now.containsKey(path)).toList();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from corpus_file where path = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into corpus_file (path, size, modified_nanos, sha256) values (?, ?, ?, ?)")) {
                for (String path : removed) {
                    delete.setString(1, path);
                    delete.addBatch();
                }
                for (Map.Entry<String, FileState> e : changed) {
                    delete.setString(1, e.getKey());
                    delete.addBatch();
                    insert.setString(1, e.getKey());
                    insert.setLong(2, e.getValue().size());
                    insert.setLong(3, e.getValue().modified());
                    insert.setString(4, HexFormat.of().formatHex(e.getValue().sha256()));
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
        });
    }
}
