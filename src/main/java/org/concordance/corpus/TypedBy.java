package org.concordance.corpus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component's concrete record type is chosen by a sibling enum component (named here) that
 * implements {@link org.concordance.measure.MeasureType}-like dispatch; the sibling is bound first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface TypedBy {
    String value();
}
