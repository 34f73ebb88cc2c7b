package org.concordance.measure;

import org.concordance.Coded;

/** Geographic or institutional reach of a measure, from narrowest to widest. */
public enum Scope implements Coded {
    ORGANISATION, NATIONAL, INTERNATIONAL, GLOBAL
}
