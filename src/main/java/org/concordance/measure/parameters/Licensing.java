package org.concordance.measure.parameters;

import org.concordance.measure.LicenceInstrument;

/** Licensing, registration or certification of AI systems: instrument, trigger, coverage, authority. */
public record Licensing(
        @Stricter LicenceInstrument instrument,
        String trigger,
        String covers,
        @Stricter Boolean includesOpenSource,
        String authority,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
