package org.concordance.measure.parameters;

import org.concordance.measure.LicenceInstrument;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** Licensing, registration or certification of AI systems: instrument, trigger, coverage, authority. */
@Embeddable
public record Licensing(
        @Stricter @Enumerated(EnumType.STRING) LicenceInstrument instrument,
        String trigger,
        String covers,
        @Stricter Boolean includesOpenSource,
        String authority,
        @Stricter Boolean mandatory) implements MeasureParameters {
}
