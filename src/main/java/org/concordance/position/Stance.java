package org.concordance.position;

import org.concordance.Coded;

/** Where a holder stands on a measure. See proposals/README.md for the definitions. */
public enum Stance implements Coded {
    PROPOSES, SUPPORTS, CONDITIONAL, DISCUSSES, OPPOSES, INSUFFICIENT, TOO_FAR, NO_POSITION
}
