package org.concordance.compare;

import org.concordance.position.Stance;

/** Which way a stance leans, for agreement, contradiction and reversal ({@code for}, {@code against}, {@code wants-more}, {@code neutral} in the API). */
public enum Leaning implements org.concordance.Coded {
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
