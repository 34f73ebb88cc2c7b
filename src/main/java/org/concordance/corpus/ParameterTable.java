package org.concordance.corpus;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.concordance.Coded;
import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.Stricter;

/**
 * The table of measure types and their parameters in {@code proposals/README.md}, generated from
 * {@link MeasureType}, the parameter records and the labels of the message bundle, between two
 * marker lines; {@link SchemaCommand} rewrites it and a test fails when the committed one differs.
 */
public final class ParameterTable {

    public static final String BEGIN = "<!-- BEGIN generated table of measure types: ./mvnw -q compile exec:java@schema -->";
    public static final String END = "<!-- END generated table of measure types -->";

    private ParameterTable() {
    }

    /** The table with its marker lines, ending with a newline. */
    public static String render() {
        ResourceBundle en = ResourceBundle.getBundle("messages.messages", Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle("messages.messages", Locale.SIMPLIFIED_CHINESE);
        StringBuilder b = new StringBuilder(BEGIN).append("\n");
        b.append("| type | label | parameters: key (kind) label · 中文 |\n|---|---|---|\n");
        for (MeasureType t : MeasureType.values()) {
            List<String> params = new ArrayList<>();
            for (RecordComponent c : t.parametersType().getRecordComponents()) {
                String key = Binder.key(c.getName());
                params.add("`" + key + "` (" + kind(c) + ") " + label(en, key) + " · " + label(zh, key));
            }
            b.append("| `").append(t.code()).append("` | ").append(t.labelEn()).append(" · ").append(t.labelZh())
                    .append(t.core() ? " (core)" : "").append(" | ").append(String.join("; ", params)).append(" |\n");
        }
        b.append("\nText is a short phrase from the source. The comparison orders *ranked* values and marks the strictest: "
                + "the larger number, yes over no, the later code of the list.\n");
        return b.append(END).append("\n").toString();
    }

    /** The README with its table replaced by the generated one; an error names the missing marker. */
    public static String replaceIn(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("proposals/README.md has no generated table between the lines " + BEGIN + " and " + END);
        }
        int after = readme.indexOf('\n', end);
        return readme.substring(0, begin) + render() + (after < 0 ? "" : readme.substring(after + 1));
    }

    private static String kind(RecordComponent c) {
        Class<?> t = c.getType();
        boolean ranked = c.getAnnotation(Stricter.class) != null;
        String kind;
        if (t == Integer.class) {
            kind = "whole number";
        } else if (t == BigDecimal.class) {
            kind = "decimal fraction: 0.33 for one third";
        } else if (t == Boolean.class) {
            kind = "yes/no";
        } else if (t.isEnum()) {
            List<String> codes = new ArrayList<>();
            for (Object o : t.getEnumConstants()) {
                codes.add("`" + ((Coded) o).code() + "`");
            }
            kind = "one of " + String.join(", ", codes);
        } else {
            kind = "text";
        }
        return ranked ? kind + ", ranked" : kind;
    }

    private static String label(ResourceBundle bundle, String key) {
        return bundle.containsKey("param." + key) ? bundle.getString("param." + key) : "(no label: add param." + key + " to the bundle)";
    }
}
