package org.concordance.corpus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Longest text accepted (on a list: for each item), matching its database column; text without
 * it is limited to {@link #DEFAULT}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface MaxLength {
    int DEFAULT = 1000;

    int value();
}
