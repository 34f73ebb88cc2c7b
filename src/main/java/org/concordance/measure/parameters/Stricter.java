package org.concordance.measure.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter with a natural order of strictness, so variants can be ranked: a larger
 * number, {@code true} over {@code false}, or a later enum constant is stricter.
 * {@link #unboundedWhen()} names a Boolean sibling that, when true, makes the value count as
 * larger than any number (an indefinite moratorium outlasts every finite one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface Stricter {
    String unboundedWhen() default "";
}
