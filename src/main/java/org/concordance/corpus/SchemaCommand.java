package org.concordance.corpus;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.concordance.Coded;
import org.concordance.measure.MeasureType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema of the corpus files, derived from the {@link Format} records the
 * loader binds, so the published schema and the enforced one are the same thing:
 * {@code ./mvnw -q compile exec:java@schema}. A test fails when the committed files differ.
 */
public final class SchemaCommand {

    public static final Map<String, Class<? extends Record>> FILES = Map.of(
            "actor.schema.json", Format.ActorFile.class,
            "document.schema.json", Format.DocumentFile.class);

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "proposals/schema");
        Files.createDirectories(dir);
        for (Map.Entry<String, Class<? extends Record>> e : FILES.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), render(e.getValue()), StandardCharsets.UTF_8);
            System.out.println("wrote " + dir.resolve(e.getKey()));
        }
        Path readme = dir.resolveSibling("README.md");
        Files.writeString(readme, ParameterTable.replaceIn(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        System.out.println("wrote the table of measure types in " + readme);
    }

    /** The schema of one file type, as pretty-printed JSON with a trailing newline. */
    public static String render(Class<? extends Record> root) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "Concordance corpus: " + Binder.key(root.getSimpleName()).replace('-', ' '));
        schema.put("description", "Generated from " + root.getName() + "; see proposals/README.md.");
        ObjectNode defs = JSON.objectNode();
        schema.setAll(record(root, defs));
        schema.set("$defs", defs);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(schema).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode record(Class<?> type, ObjectNode defs) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : Binder.keyed(type)) {
            String key = Binder.key(c.getName());
            if (c.isAnnotationPresent(TypedBy.class)) {
                properties.set(key, JSON.objectNode().put("type", "object"));
                node.set("allOf", typed(c, key, defs));
            } else {
                properties.set(key, value(c.getGenericType(), c, defs));
            }
            if (c.isAnnotationPresent(Required.class)) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        return node;
    }

    /** One if/then per measure type: the parameters block takes that type's record. */
    private static ArrayNode typed(RecordComponent c, String key, ObjectNode defs) {
        String discriminator = Binder.key(c.getAnnotation(TypedBy.class).value());
        ArrayNode all = JSON.arrayNode();
        for (MeasureType t : MeasureType.values()) {
            ObjectNode rule = all.addObject();
            rule.putObject("if").putObject("properties").putObject(discriminator).put("const", t.code());
            rule.putObject("then").putObject("properties").set(key, ref(t.parametersType(), defs));
        }
        return all;
    }

    private static ObjectNode ref(Class<?> type, ObjectNode defs) {
        String name = type.getSimpleName();
        if (!defs.has(name)) {
            defs.putObject(name); // reserve first: records may nest
            defs.set(name, record(type, defs));
        }
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    private static ObjectNode value(Type type, RecordComponent c, ObjectNode defs) {
        if (type instanceof ParameterizedType p && p.getRawType() == java.util.List.class) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", value(p.getActualTypeArguments()[0], c, defs));
            if (c.isAnnotationPresent(Required.class)) {
                array.put("minItems", 1);
            }
            return array;
        }
        Class<?> raw = (Class<?>) type;
        ObjectNode node = JSON.objectNode();
        if (raw == String.class) {
            node.put("type", "string").put("minLength", 1);
            MaxLength max = c.getAnnotation(MaxLength.class);
            node.put("maxLength", max == null ? MaxLength.DEFAULT : max.value());
            Matches matches = c.getAnnotation(Matches.class);
            if (matches != null) {
                node.put("pattern", "^(?:" + matches.value() + ")$").put("description", matches.hint());
            }
        } else if (raw == Slug.class) {
            node.put("type", "string").put("pattern", "^" + Slug.FORMAT.pattern() + "$");
        } else if (raw == TextName.class) {
            node.put("type", "string").put("pattern", "^" + TextName.FORMAT.pattern() + "$")
                    .put("description", "a file in proposals/sources/");
        } else if (raw == Integer.class) {
            node.put("type", "integer");
        } else if (raw == BigDecimal.class) {
            node.put("type", "number");
        } else if (raw == Boolean.class) {
            node.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (raw == Lines.class) {
            ArrayNode one = node.putArray("oneOf");
            one.addObject().put("type", "integer").put("minimum", 1);
            one.addObject().put("type", "string").put("pattern", "^\\s*\\d+\\s*(-\\s*\\d+\\s*)?$");
        } else if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
            ArrayNode codes = node.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).map(e -> ((Coded) e).code()).forEach(codes::add);
        } else if (raw.isRecord()) {
            return ref(raw, defs);
        } else {
            throw new IllegalStateException("No schema for " + raw);
        }
        return node;
    }
}
