package org.concordance.change;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concordance.compare.ComparisonEngine;
import org.concordance.compare.Leaning;
import org.concordance.compare.MeasureFacts;
import org.concordance.compare.PositionFacts;
import org.concordance.compare.Views.Matrix;
import org.concordance.compare.Views.MatrixCell;
import org.concordance.compare.Views.MatrixRow;
import org.concordance.compare.Views.ParameterSummary;
import org.concordance.measure.MeasureType;
import org.concordance.position.Stance;

/**
 * What a change does to the data, as Markdown tables for a pull request's job summary: the items
 * added, changed and removed by stable identifier ({@link CorpusDiff}, the diff the service
 * records for each import), then what that does to each measure type's comparison and to the
 * cells of the documents-by-types matrix ({@link ComparisonEngine}, as the API computes them).
 * Plain Java: both versions come in as values.
 */
public final class ChangeSummary {

    /** One corpus version: its items, and the engine's inputs (the matrix's rows: its documents but translations). */
    public record Version(String label, String counts, List<Item> items, List<MeasureFacts> measures,
            List<PositionFacts> positions, List<String> matrixDocuments) {
    }

    /** The most stated values of a parameter a comparison row lists. */
    static final int VALUES = 5;

    /** Shown for a value one side does not have. */
    static final String NONE = "—";

    /** Room kept for each table's header and the note of what it leaves out. */
    static final int NOTE_BYTES = 1024;

    /** The least byte limit: the notes of all seven tables, and room for rows. */
    public static final int MIN_BYTES = 16 * NOTE_BYTES;

    private final int maxRows;
    private final int maxBytes;

    /** @param maxRows the most rows a table shows (0: all of them); the rest are counted below it */
    public ChangeSummary(int maxRows) {
        this(maxRows, 0);
    }

    /**
     * @param maxBytes the most bytes of UTF-8 the whole summary has (0: no limit), at least
     *        {@value #MIN_BYTES}; the rows past it are counted below their table, not shown
     */
    public ChangeSummary(int maxRows, int maxBytes) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be 0 (all) or more, not " + maxRows);
        }
        if (maxBytes != 0 && maxBytes < MIN_BYTES) {
            throw new IllegalArgumentException("maxBytes must be 0 (no limit) or at least " + MIN_BYTES + ", not " + maxBytes);
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** The summary of going from {@code base} to {@code head}. */
    public String markdown(Version base, Version head) {
        List<Change> changes = CorpusDiff.between(base.items(), head.items());
        StringBuilder out = new StringBuilder();
        out.append("## What this change does to the data\n\n");
        out.append("From **").append(text(base.label())).append("** (").append(text(base.counts())).append(")  \nto **")
                .append(text(head.label())).append("** (").append(text(head.counts())).append(").\n\n");
        if (changes.isEmpty()) {
            out.append("No document, measure, position, signature or actor is added, changed or removed.\n");
            return out.toString();
        }
        List<Row> types = typeRows(base, head);
        List<Row> cells = matrixRows(base, head);
        out.append("| | Added | Changed | Removed |\n|---|---:|---:|---:|\n");
        for (ItemKind kind : ItemKind.values()) {
            Map<ChangeKind, Long> n = changes.stream().filter(c -> c.kind() == kind)
                    .collect(Collectors.groupingBy(Change::change, () -> new EnumMap<>(ChangeKind.class), Collectors.counting()));
            out.append("| ").append(plural(kind)).append(" | ").append(n.getOrDefault(ChangeKind.ADDED, 0L)).append(" | ")
                    .append(n.getOrDefault(ChangeKind.CHANGED, 0L)).append(" | ").append(n.getOrDefault(ChangeKind.REMOVED, 0L))
                    .append(" |\n");
        }
        out.append("| Measure-type comparisons | | ").append(types.stream().map(r -> r.cells().get(0)).distinct().count())
                .append(" | |\n| Matrix cells | | ").append(cells.size()).append(" | |\n");

        Map<Item.Key, Item> items = new java.util.HashMap<>();
        base.items().forEach(i -> items.put(i.key(), i));
        head.items().forEach(i -> items.put(i.key(), i)); // the newer item where both have one
        Fields field = (c, name) -> {
            Item item = items.get(new Item.Key(c.kind(), c.id()));
            return item == null ? null : item.fields().get(name);
        };
        // A column shows a field that identifies the row; where a change changes it, as before → after.
        // The key's own parts (a position's measure and holder, a signature's actor, document and
        // role) never change: a different value is a different item, removed and added.
        table(out, "Documents", List.of("Change", "Document", "Title", "Fields"), rows(changes, ItemKind.DOCUMENT,
                c -> List.of(code(c.id()), column(c, "title", field, ChangeSummary::text), otherFields(c, Set.of("title")))));
        table(out, "Measures", List.of("Change", "Measure", "Type", "Document", "Field", "Before", "After"),
                fieldRows(changes, ItemKind.MEASURE, c -> List.of(code(c.id()), column(c, "type", field, ChangeSummary::code),
                        column(c, "document", field, ChangeSummary::code)), Set.of("type", "document")));
        table(out, "Positions", List.of("Change", "Position", "Measure", "Holder", "Stance before", "Stance after", "Other fields"),
                rows(changes, ItemKind.POSITION, c -> List.of(code(c.id()), code(field.value(c, "measure")),
                        code(c.actor() != null ? c.actor() : field.value(c, "document")), stance(c, true, field),
                        stance(c, false, field), otherFields(c, Set.of("stance", "measure", "actor", "document"), Set.of("type")))));
        table(out, "Signatures", List.of("Change", "Signature", "Actor", "Document", "Role", "Other fields"),
                rows(changes, ItemKind.SIGNATURE, c -> List.of(code(c.id()), code(c.actor()), code(field.value(c, "document")),
                        text(field.value(c, "role")), otherFields(c, Set.of("role", "actor", "document", "recorded-in")))));
        table(out, "Actors", List.of("Change", "Actor", "Name", "Fields"), rows(changes, ItemKind.ACTOR,
                c -> List.of(code(c.id()), column(c, "name", field, ChangeSummary::text), otherFields(c, Set.of("name")))));
        table(out, "Measure-type comparisons", List.of("Measure type", "What", "Before", "After"), types);
        table(out, "Matrix cells (documents by measure types)", List.of("Document", "Measure type", "Before", "After"), cells);
        return out.toString();
    }

    /** A table row: its cells, already Markdown. */
    record Row(List<String> cells) {
    }

    /** A field's value in the newer version holding the item (the base's for a removal). */
    @FunctionalInterface
    private interface Fields {
        String value(Change c, String name);
    }

    private void table(StringBuilder out, String title, List<String> header, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n| ").append(String.join(" | ", header)).append(" |\n|")
                .append("---|".repeat(header.size())).append('\n');
        int limit = maxRows == 0 ? rows.size() : Math.min(maxRows, rows.size());
        // each table keeps room for the notes of those after it (seven tables at most)
        long bytes = utf8Length(out);
        int shown = 0;
        while (shown < limit) {
            String line = "| " + String.join(" | ", rows.get(shown).cells()) + " |\n";
            long next = bytes + utf8Length(line);
            if (maxBytes != 0 && next > maxBytes - 8L * NOTE_BYTES) {
                break;
            }
            out.append(line);
            bytes = next;
            shown++;
        }
        if (shown < rows.size()) {
            out.append("\n").append(rows.size() - shown).append(shown < limit
                    ? " more row(s) not shown: the summary reached its size limit (`--max-bytes " + maxBytes + "`); run the "
                            + "`diff` command with `--max-rows 0` and no `--max-bytes` for all of them.\n"
                    : " more row(s) not shown: run the `diff` command with `--max-rows 0` for all of them.\n");
        }
    }

    /** The length of a text in UTF-8, in bytes. */
    static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a pair: 4
        }
        return n;
    }

    /** One row per item of a kind. */
    private static List<Row> rows(List<Change> changes, ItemKind kind, Function<Change, List<String>> cells) {
        return rows(changes, kind, cells, c -> List.of(List.of()));
    }

    /**
     * One row per field that differs, for a table with Field, Before and After columns: an added
     * item's every field, a removed one's last values, a change's old and new values; less those
     * the item's own columns show (a change there as before → after).
     */
    private static List<Row> fieldRows(List<Change> changes, ItemKind kind, Function<Change, List<String>> cells,
            Set<String> shownApart) {
        return rows(changes, kind, cells, c -> {
            List<List<String>> tails = new ArrayList<>();
            for (Change.FieldChange f : c.fields()) {
                if (!shownApart.contains(f.field())) {
                    tails.add(List.of(fieldName(f.field()), text(f.before()), text(f.after())));
                }
            }
            if (tails.isEmpty()) {
                tails.add(List.of(c.change() == ChangeKind.CHANGED && c.fields().isEmpty() ? TEXT_ONLY : NONE, NONE, NONE));
            }
            return tails;
        });
    }

    /** The rows of a kind's changes: the change, the item's cells, then each of its tails' cells. */
    private static List<Row> rows(List<Change> changes, ItemKind kind, Function<Change, List<String>> cells,
            Function<Change, List<List<String>>> tails) {
        List<Row> rows = new ArrayList<>();
        for (Change c : changes) {
            if (c.kind() != kind) {
                continue;
            }
            List<String> head = cells.apply(c);
            for (List<String> tail : tails.apply(c)) {
                List<String> row = new ArrayList<>(1 + head.size() + tail.size());
                row.add(c.change().code());
                row.addAll(head);
                row.addAll(tail);
                rows.add(new Row(row));
            }
        }
        return rows;
    }

    /** The stance before or after: bold where it changed, as it was where it did not. */
    private static String stance(Change c, boolean before, Fields field) {
        if (before && c.change() == ChangeKind.ADDED || !before && c.change() == ChangeKind.REMOVED) {
            return NONE;
        }
        Change.FieldChange f = changed(c, "stance");
        if (f == null) {
            return text(field.value(c, "stance")); // the same in both versions
        }
        String v = text(before ? f.before() : f.after());
        return c.change() == ChangeKind.CHANGED ? "**" + v + "**" : v;
    }

    /** A field in its own column: its value, or in bold {@code before → after} where a change changed it. */
    private static String column(Change c, String name, Fields field, Function<String, String> format) {
        Change.FieldChange f = c.change() == ChangeKind.CHANGED ? changed(c, name) : null;
        return f == null ? format.apply(field.value(c, name)) : "**" + arrow(f, format) + "**";
    }

    private static Change.FieldChange changed(Change c, String name) {
        for (Change.FieldChange f : c.fields()) {
            if (f.field().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** {@code before → after}, a missing side as {@value #NONE} (as {@code text} and {@code code} show null). */
    private static String arrow(Change.FieldChange f, Function<String, String> format) {
        return format.apply(f.before()) + " → " + format.apply(f.after());
    }

    /**
     * The other fields: {@code field: before → after} of a change, {@code field: value} of an
     * addition or a removal; those shown in their own column left out.
     */
    private static String otherFields(Change c, Set<String> shownApart) {
        return otherFields(c, shownApart, Set.of());
    }

    /** As above, with {@code derived} fields (a position's measure type) listed only where they change. */
    private static String otherFields(Change c, Set<String> shownApart, Set<String> derived) {
        List<String> parts = new ArrayList<>();
        for (Change.FieldChange f : c.fields()) {
            if (shownApart.contains(f.field()) || c.change() != ChangeKind.CHANGED && derived.contains(f.field())) {
                continue;
            }
            if (c.change() == ChangeKind.CHANGED) {
                parts.add(fieldName(f.field()) + ": " + arrow(f, ChangeSummary::text));
            } else {
                parts.add(fieldName(f.field()) + ": " + text(f.after() != null ? f.after() : f.before()));
            }
        }
        if (c.change() == ChangeKind.CHANGED && c.fields().isEmpty()) {
            return TEXT_ONLY;
        }
        return parts.isEmpty() ? NONE : String.join("; ", parts);
    }

    /** A change in what no field shows. */
    static final String TEXT_ONLY = "only what no column shows (a summary, note, alias, quote's wording or translation)";

    /** A field as the corpus files name it: a parameter by its YAML key ({@code parameters.durationMonths}: {@code duration-months}). */
    static String fieldName(String field) {
        if (field.startsWith("parameters.")) {
            return "parameter " + code(kebab(field.substring("parameters.".length())));
        }
        return code(field);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    // ---- measure-type comparisons

    /** Each measure type's comparison, aspect by aspect, where the two versions differ. */
    private static List<Row> typeRows(Version base, Version head) {
        List<Row> rows = new ArrayList<>();
        for (MeasureType t : MeasureType.values()) {
            Map<String, String> before = typeFacts(t, base);
            Map<String, String> after = typeFacts(t, head);
            Set<String> aspects = new LinkedHashSet<>(before.keySet());
            aspects.addAll(after.keySet());
            for (String aspect : aspects) {
                String a = before.getOrDefault(aspect, NONE);
                String b = after.getOrDefault(aspect, NONE);
                if (!a.equals(b)) {
                    rows.add(new Row(List.of(code(t.code()), aspect, a, b)));
                }
            }
        }
        return rows;
    }

    /** What a type's comparison page states, by aspect: counts, each stance's coalition, each parameter's summary. */
    static Map<String, String> typeFacts(MeasureType type, Version v) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<MeasureFacts> variants = v.measures().stream().filter(m -> m.type() == type).toList();
        List<PositionFacts> positions = v.positions().stream().filter(p -> p.type() == type).toList();
        facts.put("variants", String.valueOf(variants.size()));
        facts.put("documents taking a position", String.valueOf(positions.stream().filter(p -> !p.byActor())
                .map(PositionFacts::holder).distinct().count()));
        facts.put("actors taking a position", String.valueOf(positions.stream().filter(p -> p.byActor() && !p.reported())
                .map(PositionFacts::holder).distinct().count()));
        facts.put("positions for", String.valueOf(positions.stream()
                .filter(p -> !p.reported() && Leaning.of(p.stance()) == Leaning.FOR).count()));
        facts.put("positions against", String.valueOf(positions.stream()
                .filter(p -> !p.reported() && Leaning.of(p.stance()) == Leaning.AGAINST).count()));
        for (Stance s : ComparisonEngine.STANCE_PRIORITY) {
            long n = positions.stream().filter(p -> !p.reported() && p.stance() == s).count();
            if (n > 0) {
                facts.put("coalition: " + code(s.code()), String.valueOf(n));
            }
        }
        long reported = positions.stream().filter(PositionFacts::reported).count();
        if (reported > 0) {
            facts.put("reported by third parties", String.valueOf(reported));
        }
        if (!variants.isEmpty()) {
            for (ParameterSummary p : ComparisonEngine.typeParameters(type, variants)) {
                if (p.consensus() == org.concordance.compare.Consensus.UNSTATED) {
                    continue; // no variant states it: a parameter of the type, not of the data
                }
                String name = "parameter " + code(p.parameter());
                // the variants' count is a row of its own: "of n" would repeat it on every parameter
                // each stated value with how many variants state it (the engine's first few), so a value that changes shows
                List<String> values = p.values().stream().limit(VALUES)
                        .map(value -> text(value.display()) + (value.measures() == 1 ? "" : " ×" + value.measures())).toList();
                facts.put(name, p.consensus().code() + ", stated by " + p.stated() + ": " + String.join("; ", values)
                        + (p.distinct() > values.size() ? "; " + (p.distinct() - values.size()) + " more" : ""));
                if (p.strictest() != null) {
                    facts.put(name + ", strictest", text(p.strictest().display()));
                }
            }
        }
        return facts;
    }

    // ---- matrix cells

    /** The cells of the documents-by-types matrix that differ, by document, then type. */
    private static List<Row> matrixRows(Version base, Version head) {
        Map<String, Map<MeasureType, String>> before = cells(base);
        Map<String, Map<MeasureType, String>> after = cells(head);
        Set<String> documents = new java.util.TreeSet<>(before.keySet());
        documents.addAll(after.keySet());
        List<Row> rows = new ArrayList<>();
        for (String d : documents) {
            for (MeasureType t : MeasureType.values()) {
                String a = before.getOrDefault(d, Map.of()).getOrDefault(t, NONE);
                String b = after.getOrDefault(d, Map.of()).getOrDefault(t, NONE);
                if (!a.equals(b)) {
                    rows.add(new Row(List.of(code(d), code(t.code()), a, b)));
                }
            }
        }
        return rows;
    }

    /** Each non-empty cell, as the matrix shows it: the document's stances, its positions and quotes. */
    private static Map<String, Map<MeasureType, String>> cells(Version v) {
        Matrix m = ComparisonEngine.matrix(v.matrixDocuments(), v.positions());
        Map<String, Map<MeasureType, String>> out = new TreeMap<>();
        for (MatrixRow row : m.rows()) {
            Map<MeasureType, String> cells = new EnumMap<>(MeasureType.class);
            for (MatrixCell c : row.cells()) {
                if (c.stance() != null) {
                    cells.put(c.type(), "**" + c.stances().stream().map(Stance::code).collect(Collectors.joining(", ")) + "** ("
                            + c.positions() + (c.positions() == 1 ? " position, " : " positions, ") + c.evidence()
                            + (c.evidence() == 1 ? " quote)" : " quotes)"));
                }
            }
            out.put(row.document(), cells);
        }
        return out;
    }

    // ---- Markdown

    private static String plural(ItemKind kind) {
        String code = kind.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1) + "s";
    }

    /** The most characters of a value a cell shows (a title, a parameter's wording); the rest is "…". */
    static final int LONGEST = 200;

    /** An identifier as code; never one with a backtick (slugs and codes have none). */
    static String code(String id) {
        return id == null ? NONE : "`" + id.replace("`", "'") + "`";
    }

    /**
     * A value as text in a table cell: one line, and nothing Markdown or HTML would read as
     * markup (a title with a pipe, an asterisk or an angle bracket shows as written).
     */
    static String text(String value) {
        if (value == null) {
            return NONE;
        }
        String shown = value.codePointCount(0, value.length()) <= LONGEST ? value
                : value.substring(0, value.offsetByCodePoints(0, LONGEST)) + "…";
        StringBuilder out = new StringBuilder(shown.length() + 8);
        shown.codePoints().forEach(c -> {
            switch (c) {
                case '\r', '\n', '\t' -> out.append(' ');
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> out.append('\\').appendCodePoint(c);
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
