package org.concordance.measure.parameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Small reflective helpers over the parameter records, shared by the loader, the schema and the engine. */
public final class ParameterRecords {

    private ParameterRecords() {
    }

    /** A record of the given type with every component null: "the source states nothing". */
    public static <P extends MeasureParameters> P empty(Class<P> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Constructor<P> c = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            return c.newInstance(new Object[components.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate " + type, e);
        }
    }
}
