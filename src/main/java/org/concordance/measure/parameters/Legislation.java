package org.concordance.measure.parameters;

import org.concordance.measure.Scope;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/** Laws or regulation of AI in general, as opposed to a dedicated regulator: by whom, over what. */
@Embeddable
public record Legislation(
        String instrument,
        String subject,
        String enactedBy,
        @Stricter @Enumerated(EnumType.STRING) Scope scope) implements MeasureParameters {
}
