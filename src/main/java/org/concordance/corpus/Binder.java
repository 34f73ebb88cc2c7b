package org.concordance.corpus;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordance.Coded;
import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.measure.parameters.ParameterRecords;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds a YAML node tree onto the {@link Format} records, reporting every mismatch (unknown
 * or duplicate key, missing value, wrong type, bad date, unknown code, bad slug) as a
 * {@link Problem} at the offending node, and carrying on so that one run finds them all.
 * A component that cannot be bound is left null.
 */
public final class Binder {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LINES = Pattern.compile("\\s*(\\d{1,7})\\s*(?:-\\s*(\\d{1,7})\\s*)?");

    private final String file;
    private final Problems problems;

    public Binder(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    public <R extends Record> R bindRoot(Node root, Class<R> type) {
        return type.cast(bindRecord(root, type));
    }

    /** kebab-case key for a camelCase component: {@code durationMonths} is {@code duration-months}. */
    public static String key(String component) {
        return org.concordance.Text.kebab(component);
    }

    /** The components a curator writes as keys (everything but the {@link Loc}). */
    public static List<RecordComponent> keyed(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getType() != Loc.class).toList();
    }

    /**
     * What binding needs to know of one record type, looked up once per type (reflection and
     * key spelling are too slow to repeat for every mapping of a large corpus).
     */
    private record Shape(Constructor<?> constructor, Component[] components, Map<String, Component> byKey,
            String allowed) {
        static final ClassValue<Shape> OF = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                RecordComponent[] rc = type.getRecordComponents();
                Component[] components = new Component[rc.length];
                Map<String, Component> byKey = new LinkedHashMap<>();
                for (int i = 0; i < rc.length; i++) {
                    RecordComponent c = rc[i];
                    Matches matches = c.getAnnotation(Matches.class);
                    MaxLength max = c.getAnnotation(MaxLength.class);
                    TypedBy typedBy = c.getAnnotation(TypedBy.class);
                    components[i] = new Component(c, c.getType() == Loc.class, key(c.getName()), c.getName(),
                            c.isAnnotationPresent(Required.class), typedBy == null ? null : typedBy.value(),
                            max == null ? MaxLength.DEFAULT : max.value(),
                            matches == null ? null : Pattern.compile(matches.value()),
                            matches == null ? null : matches.hint());
                    if (!components[i].loc()) {
                        byKey.put(components[i].key(), components[i]);
                    }
                }
                try {
                    Constructor<?> constructor = type.getDeclaredConstructor(
                            Arrays.stream(rc).map(RecordComponent::getType).toArray(Class[]::new));
                    return new Shape(constructor, components, byKey, String.join(", ", byKey.keySet()));
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("Cannot construct " + type.getName(), e);
                }
            }
        };
    }

    /** One record component as the binder uses it. */
    private record Component(RecordComponent component, boolean loc, String key, String name, boolean required,
            String typedBy, int maxLength, Pattern matches, String matchesHint) {
    }

    private Object bindRecord(Node node, Class<?> type) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "expected a mapping of keys to values, found " + describe(node));
            return null;
        }
        Shape shape = Shape.OF.get(type);
        Map<String, NodeTuple> present = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(tuple.getKeyNode(), "keys must be plain words, found " + describe(tuple.getKeyNode()));
                continue;
            }
            String key = keyNode.getValue();
            NodeTuple first = present.get(key);
            if (first != null) {
                error(keyNode, "duplicate key '" + key + "' (first given at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            } else if (!shape.byKey().containsKey(key)) {
                error(keyNode, "unknown key '" + Problem.abbreviate(key) + "'" + suggestion(key, shape.byKey().keySet())
                        + "; allowed here: " + shape.allowed());
            } else {
                present.put(key, tuple);
            }
        }
        Component[] components = shape.components();
        Object[] values = new Object[components.length];
        Map<String, Object> bound = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            if (c.loc()) {
                values[i] = loc(node);
                continue;
            }
            String key = c.key();
            NodeTuple tuple = present.get(key);
            Node value = tuple == null ? null : tuple.getValueNode();
            boolean empty = value == null || isNull(value);
            if (empty) {
                if (c.required()) {
                    error(tuple == null ? node : value, tuple == null ? "missing required key '" + key + "'"
                            : "key '" + key + "' needs a value");
                }
                if (c.typedBy() != null) {
                    values[i] = emptyTyped(c, bound);
                }
                continue;
            }
            Object v = c.typedBy() != null ? bindTyped(value, c, bound)
                    : bindValue(value, c.component().getGenericType(), c);
            if (v instanceof List<?> list && list.isEmpty() && c.required()) {
                error(value, "key '" + key + "' needs at least one item");
            }
            values[i] = v;
            bound.put(c.name(), v);
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private Object bindTyped(Node value, Component c, Map<String, Object> bound) {
        Object discriminator = bound.get(c.typedBy());
        if (discriminator instanceof MeasureType type) {
            return bindRecord(value, type.parametersType());
        }
        return null; // the discriminator's own problem has been reported
    }

    private Object emptyTyped(Component c, Map<String, Object> bound) {
        Object discriminator = bound.get(c.typedBy());
        return discriminator instanceof MeasureType type ? ParameterRecords.empty(type.parametersType()) : null;
    }

    private Object bindValue(Node node, Type type, Component component) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(node instanceof SequenceNode seq)) {
                error(node, "expected a list, found " + describe(node));
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (isNull(item)) {
                    error(item, "empty list item");
                    continue;
                }
                Object v = bindValue(item, p.getActualTypeArguments()[0], component); // limits apply to each item
                if (v != null) {
                    items.add(v);
                }
            }
            return items;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord() && raw != Slug.class && raw != Lines.class && raw != TextName.class) {
            return bindRecord(node, raw);
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(node, "expected " + expected(raw) + ", found " + describe(node));
            return null;
        }
        String text = scalar.getValue();
        if (raw == String.class) {
            String s = text.strip();
            if (s.isEmpty()) {
                error(node, "expected text, found an empty string");
                return null;
            }
            int limit = component == null ? MaxLength.DEFAULT : component.maxLength();
            if (s.length() > limit && s.codePointCount(0, s.length()) > limit) {
                error(node, "text is " + s.codePointCount(0, s.length()) + " characters long; the limit here is " + limit);
                return null;
            }
            if (component != null && component.matches() != null && !component.matches().matcher(s).matches()) {
                error(node, "'" + Problem.abbreviate(s) + "' is not " + component.matchesHint());
                return null;
            }
            return s;
        }
        if (raw == TextName.class) {
            if (!TextName.isValid(text)) {
                error(node, "'" + Problem.abbreviate(text) + "' is not a source text name: a file name ending in .txt, "
                        + "in proposals/sources/, without folders");
                return null;
            }
            return new TextName(text, loc(node));
        }
        if (raw == Slug.class) {
            if (!Slug.isValid(text)) {
                error(node, "unsafe slug '" + Problem.abbreviate(text) + "': use 1-80 characters a-z, 0-9 and '-', not starting or ending with '-'");
                return null;
            }
            return new Slug(text, loc(node));
        }
        if (raw == Integer.class) {
            if (!Tag.INT.equals(scalar.getTag())) {
                error(node, "expected a whole number, found '" + Problem.abbreviate(text) + "'");
                return null;
            }
            try {
                return Integer.valueOf(text.replace("_", ""));
            } catch (NumberFormatException e) {
                error(node, "expected a whole number between 0 and " + Integer.MAX_VALUE + ", found '" + Problem.abbreviate(text) + "'");
                return null;
            }
        }
        if (raw == BigDecimal.class) {
            if (!Tag.INT.equals(scalar.getTag()) && !Tag.FLOAT.equals(scalar.getTag())) {
                error(node, "expected a number, found '" + Problem.abbreviate(text) + "'");
                return null;
            }
            try {
                return new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                error(node, "expected a decimal number such as 0.33, found '" + Problem.abbreviate(text) + "'");
                return null;
            }
        }
        if (raw == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            error(node, "expected true or false, found '" + Problem.abbreviate(text) + "'");
            return null;
        }
        if (raw == LocalDate.class) {
            try {
                if (!DATE.matcher(text).matches()) {
                    throw new DateTimeParseException("format", text, 0);
                }
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(node, "invalid date '" + Problem.abbreviate(text) + "': expected an existing date written YYYY-MM-DD");
                return null;
            }
        }
        if (raw == Lines.class) {
            Matcher m = LINES.matcher(text);
            if (!m.matches()) {
                error(node, "invalid line locator '" + Problem.abbreviate(text) + "': write a line number (40) or a range (\"99-101\")");
                return null;
            }
            int start = Integer.parseInt(m.group(1));
            int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
            if (start < 1 || end < start) {
                error(node, "invalid line range '" + Problem.abbreviate(text) + "': lines start at 1 and the range must not run backwards");
                return null;
            }
            return new Lines(start, end);
        }
        if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
            return bindCode(node, text, raw);
        }
        throw new IllegalStateException("The binder cannot map " + raw);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object bindCode(Node node, String text, Class raw) {
        Object value = Coded.fromCode(raw, text).orElse(null);
        if (value == null) {
            String kind = key(raw.getSimpleName()).replace('-', ' ');
            error(node, "unknown " + kind + " '" + Problem.abbreviate(text) + "'; allowed: " + Coded.codes(raw));
        }
        return value;
    }

    private static String expected(Class<?> raw) {
        if (raw == Integer.class) return "a whole number";
        if (raw == Boolean.class) return "true or false";
        if (raw == LocalDate.class) return "a date (YYYY-MM-DD)";
        if (raw == Slug.class) return "a slug";
        if (raw == TextName.class) return "a file name";
        if (raw.isEnum()) return "one of its codes";
        return "a single value";
    }

    private static String suggestion(String key, Iterable<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = distance(key, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode s) return "'" + Problem.abbreviate(s.getValue()) + "'";
        return "nothing";
    }

    private Loc loc(Node node) {
        return YamlFile.at(file, node.getStartMark());
    }

    private void error(Node node, String message) {
        problems.add(loc(node), message);
    }
}
