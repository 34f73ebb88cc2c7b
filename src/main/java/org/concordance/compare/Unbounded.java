package org.concordance.compare;

import org.concordance.Coded;

/** The value of an ordered parameter that a source states as without end (an indefinite pause): above every number. */
public enum Unbounded implements Coded {
    UNBOUNDED
}
