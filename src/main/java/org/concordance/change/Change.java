package org.concordance.change;

import java.util.List;

/**
 * One item added, changed or removed between two versions. {@code fields} are those that differ
 * (for an addition every field with its new value, for a removal every field with its last one).
 */
public record Change(ItemKind kind, String id, ChangeKind change, String owner, String measureType, String actor,
        List<FieldChange> fields) {

    /** A field's value before and after; null where it had none. */
    public record FieldChange(String field, String before, String after) {
    }
}
