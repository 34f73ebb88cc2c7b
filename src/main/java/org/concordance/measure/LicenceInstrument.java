package org.concordance.measure;

import org.concordance.Coded;

/** The legal instrument a licensing measure uses, from lightest to heaviest. */
public enum LicenceInstrument implements Coded {
    REGISTRATION, CERTIFICATION, LICENCE
}
