package org.concordance.download;

import java.util.List;

/**
 * One table of the bulk download: its rows come from one SQL query in primary-key order, and
 * {@code datapackage.json} describes it (Frictionless Table Schema: fields, primary key,
 * foreign keys). Its files are {@code <name>.csv} and {@code <name>.jsonl}.
 */
record Table(String name, String title, String description, List<Field> fields, List<String> primaryKey,
        List<ForeignKey> foreignKeys, String sql) {

    /** A column: its Table Schema type ({@code string}, {@code integer}, {@code boolean}, {@code date}). */
    record Field(String name, String type, String description, boolean required, Value value) {
    }

    /** How a column's database value becomes the file's: as it is, an enum name as its code, JSON kept as text. */
    enum Value {
        PLAIN, CODE
    }

    /** {@code fields} of this table refer to {@code reference} (the primary key of {@code resource}). */
    record ForeignKey(List<String> fields, String resource, List<String> reference) {
    }

    static Field text(String name, String description) {
        return new Field(name, "string", description, false, Value.PLAIN);
    }

    static Field required(String name, String description) {
        return new Field(name, "string", description, true, Value.PLAIN);
    }

    static Field code(String name, String description) {
        return new Field(name, "string", description, true, Value.CODE);
    }

    static Field optionalCode(String name, String description) {
        return new Field(name, "string", description, false, Value.CODE);
    }

    static Field integer(String name, String description) {
        return new Field(name, "integer", description, true, Value.PLAIN);
    }

    static Field bool(String name, String description) {
        return new Field(name, "boolean", description, true, Value.PLAIN);
    }

    static Field date(String name, String description) {
        return new Field(name, "date", description, false, Value.PLAIN);
    }

    static ForeignKey key(String field, String resource, String reference) {
        return new ForeignKey(List.of(field), resource, List.of(reference));
    }
}
