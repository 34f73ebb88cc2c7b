package org.concordance.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The difference between two corpus versions by stable identifier: plain Java, records in,
 * records out. The service compares each import with the one before; the change summary of a
 * pull request compares two checkouts the same way.
 */
public final class CorpusDiff {

    private CorpusDiff() {
    }

    /** Every item added, changed or removed from {@code before} to {@code after}, by kind, then identifier. */
    public static List<Change> between(Collection<Item> before, Collection<Item> after) {
        Map<Item.Key, Item> was = index(before);
        Map<Item.Key, Item> now = index(after);
        Set<Item.Key> keys = new java.util.TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (Item.Key key : keys) {
            Item a = was.get(key);
            Item b = now.get(key);
            if (a == null) {
                changes.add(change(b, ChangeKind.ADDED, fields(Map.of(), b.fields())));
            } else if (b == null) {
                changes.add(change(a, ChangeKind.REMOVED, fields(a.fields(), Map.of())));
            } else if (!a.fingerprint().equals(b.fingerprint())) {
                changes.add(change(b, ChangeKind.CHANGED, fields(a.fields(), b.fields())));
            }
        }
        return changes;
    }

    private static Change change(Item item, ChangeKind kind, List<Change.FieldChange> fields) {
        return new Change(item.kind(), item.id(), kind, item.owner(), item.measureType(), item.actor(), fields);
    }

    /** The fields whose values differ, in the order the items list them (the new one's first). */
    static List<Change.FieldChange> fields(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<Change.FieldChange> fields = new ArrayList<>();
        for (String name : names) {
            String a = before.get(name);
            String b = after.get(name);
            if (!Objects.equals(a, b)) {
                fields.add(new Change.FieldChange(name, a, b));
            }
        }
        return fields;
    }

    private static Map<Item.Key, Item> index(Collection<Item> items) {
        Map<Item.Key, Item> map = new TreeMap<>();
        for (Item item : items) {
            if (map.put(item.key(), item) != null) {
                throw new IllegalArgumentException("two items are " + item.kind().code() + " " + item.id());
            }
        }
        return map;
    }
}
