package org.concordance.change;

import org.concordance.Coded;

/** What a change is about: the things of the corpus that have a stable identifier. */
public enum ItemKind implements Coded {
    DOCUMENT, MEASURE, POSITION, SIGNATURE, ACTOR
}
