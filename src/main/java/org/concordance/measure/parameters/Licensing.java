package org.concordance.measure.parameters;

import org.concordance.measure.LicenceInstrument;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** Licensing, registration or certification of AI systems: instrument, trigger, coverage, authority. */
@Embeddable
public record Licensing(
        @Enumerated(EnumType.STRING) LicenceInstrument instrument,
        String trigger,
        String covers,
        Boolean includesOpenSource,
        String authority,
        Boolean mandatory) implements MeasureParameters {
}
