package org.concordance.change;

import java.time.OffsetDateTime;
import java.util.List;

/** What the changes API answers with. */
public interface ChangeViews {

    /** What a version holds. */
    record Counts(int documents, int measures, int actors, int positions, int signatures, int evidence) {
    }

    /**
     * One corpus version as this service imported it: its hash (the version), when, the version
     * it was compared with ({@code previous}; null for the first this service knows, which has no
     * list of changes), and how many items it added, changed and removed. {@code commit}: the git
     * commit it was read from when it came from the corpus's history (then {@code importedAt} is
     * that commit's time).
     */
    record VersionView(String version, OffsetDateTime importedAt, String commit, String previous, Counts counts, int added,
            int changed, int removed, String changes, String html) {
    }

    /**
     * One item added, changed or removed by one version. {@code fields}: for a change, the fields
     * that differ with their old and new values (none when only wording differs: a translation, a
     * note, a summary); for an addition the new values, for a removal the last ones. {@code html}
     * is the item's page while the item exists.
     */
    record ChangeView(String version, OffsetDateTime importedAt, ItemKind kind, String id, ChangeKind change, String document,
            String measureType, String actor, List<Change.FieldChange> fields, String html) {
    }
}
