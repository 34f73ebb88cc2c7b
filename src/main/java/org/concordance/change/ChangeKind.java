package org.concordance.change;

import org.concordance.Coded;

/** What happened to an item between two corpus versions. */
public enum ChangeKind implements Coded {
    ADDED, CHANGED, REMOVED
}
