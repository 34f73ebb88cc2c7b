package org.concordance.measure.parameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Small reflective helpers over the parameter records, shared by the loader, the schema and the engine. */
public final class ParameterRecords {

    private ParameterRecords() {
    }

    /** How the records are stored: components by name, nulls left out, enumerations by code ({@code Coded}'s JSON value). */
    private static final com.fasterxml.jackson.databind.ObjectMapper STORED = new com.fasterxml.jackson.databind.ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** The stored form of a record (a JSON object of its stated components). */
    public static String toJson(MeasureParameters p) {
        try {
            return STORED.writeValueAsString(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the parameters " + p, e);
        }
    }

    /** A record of {@code type} from its stored form. */
    public static <P extends MeasureParameters> P fromJson(Class<P> type, String json) {
        try {
            return STORED.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored parameters of " + type.getSimpleName() + " cannot be read: " + json, e);
        }
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
