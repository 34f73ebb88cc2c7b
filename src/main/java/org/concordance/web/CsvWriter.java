package org.concordance.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.concordance.Coded;

/**
 * Writes any {@link Tabular} result as RFC 4180 CSV in UTF-8 with a header row. Record rows are
 * flattened: nested records become dotted columns ({@code holder.slug}), lists are joined with
 * "; ", codes are written as their kebab-case code. Cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe.
 */
@Provider
@Produces("text/csv")
public class CsvWriter implements MessageBodyWriter<Tabular> {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Tabular.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Tabular table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", MEDIA_TYPE);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table.csvRows(), w);
        w.flush();
    }

    public static void write(List<?> rows, Writer w) throws IOException {
        List<Map<String, String>> flat = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Object row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            flatten("", row, cells);
            cells.keySet().stream().filter(k -> !header.contains(k)).forEach(header::add);
            flat.add(cells);
        }
        line(header, w);
        for (Map<String, String> cells : flat) {
            line(header.stream().map(h -> cells.getOrDefault(h, "")).toList(), w);
        }
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (prefix.isEmpty() && value instanceof Map<?, ?> columns) { // a row with its own column names
            columns.forEach((k, v) -> into.put(String.valueOf(k), text(v)));
            return;
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                flatten(prefix + org.concordance.Text.kebab(c.getName()) + ".", read(c, value), into);
            }
            return;
        }
        into.put(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1), text(value));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        if (value instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(o != null && o.getClass().isRecord() ? summary(o) : text(o));
            }
            return String.join("; ", parts);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + "=" + text(v)));
            return String.join("; ", parts);
        }
        if (value.getClass().isRecord()) {
            return summary(value);
        }
        return value.toString();
    }

    /** A record inside a list cell: its first component (an identifier by convention). */
    private static String summary(Object record) {
        RecordComponent[] cs = record.getClass().getRecordComponents();
        return cs.length == 0 ? "" : text(read(cs[0], record));
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(List<String> cells, Writer w) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(escape(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String escape(String cell) {
        String s = cell;
        if (!s.isEmpty() && "=+@-".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
