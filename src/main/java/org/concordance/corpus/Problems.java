package org.concordance.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in one run, so a curator sees them all at once. */
public final class Problems {

    private final List<Problem> all = new ArrayList<>();

    public void add(Loc at, String message) {
        all.add(new Problem(at, message));
    }

    /** Takes over what another collector found (one per file when files are read in parallel). */
    public void addAll(Problems other) {
        all.addAll(other.all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public int size() {
        return all.size();
    }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(all);
        Collections.sort(copy);
        return copy;
    }
}
