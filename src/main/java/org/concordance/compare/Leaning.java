package org.concordance.compare;

import org.concordance.position.Stance;

/** Which way a stance leans, for agreement and contradiction. */
public enum Leaning {
    FOR, AGAINST, WANTS_MORE, NEUTRAL;

    public static Leaning of(Stance stance) {
        return switch (stance) {
            case PROPOSES, SUPPORTS, CONDITIONAL -> FOR;
            case OPPOSES, TOO_FAR -> AGAINST;
            case INSUFFICIENT -> WANTS_MORE;
            case DISCUSSES, NO_POSITION -> NEUTRAL;
        };
    }
}
