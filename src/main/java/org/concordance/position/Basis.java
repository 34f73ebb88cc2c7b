package org.concordance.position;

import org.concordance.Coded;

/**
 * How the corpus knows a position: stated by its holder (in the holder's own words, even when
 * a report quotes them), inferred from the holder's signature, or only as a third party's
 * account of the holder's stance ({@code reported}: never shown as the holder's own position).
 */
public enum Basis implements Coded {
    DIRECT, SIGNATURE, REPORTED
}
