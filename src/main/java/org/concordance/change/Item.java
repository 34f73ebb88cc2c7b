package org.concordance.change;

import java.util.Map;

/**
 * One thing of a corpus version as a change is shown by: its kind and stable identifier, the
 * corpus file it lives in ({@code owner}: the document it is recorded in, an actor's own slug),
 * a fingerprint of everything the corpus says of it, and the fields a reader compares (in order).
 * Two versions of an item differ when their fingerprints do; a difference only in what no field
 * shows (a quote's translation, a note, a summary) is a change with no field listed.
 */
public record Item(ItemKind kind, String id, String owner, String fingerprint, Map<String, String> fields) {

    /** The measure type a position or measure belongs to, or null. */
    public String measureType() {
        return kind == ItemKind.MEASURE || kind == ItemKind.POSITION ? fields.get("type") : null;
    }

    /** The actor a position, signature or actor is about, or null (a document's own position). */
    public String actor() {
        return kind == ItemKind.ACTOR ? id : fields.get("actor");
    }

    /** Identity across versions. */
    public record Key(ItemKind kind, String id) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    public Key key() {
        return new Key(kind, id);
    }
}
