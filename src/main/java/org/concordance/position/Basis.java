package org.concordance.position;

import org.concordance.Coded;

/** Whether a position is stated by its holder or inferred from a signature. */
public enum Basis implements Coded {
    DIRECT, SIGNATURE
}
