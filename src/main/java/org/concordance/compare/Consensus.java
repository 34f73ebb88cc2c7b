package org.concordance.compare;

import org.concordance.Coded;

/** How the variants of a measure type relate on one parameter. */
public enum Consensus implements Coded {
    /** Every variant states it, with the same value. */
    AGREE,
    /** Stated values differ. */
    DIFFER,
    /** Some variants state it (all alike), others are silent. */
    PARTIAL,
    /** No variant states it. */
    UNSTATED
}
