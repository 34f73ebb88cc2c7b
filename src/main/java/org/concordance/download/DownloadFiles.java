package org.concordance.download;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the bulk download of the corpus in the database into a folder: per table a CSV file
 * (RFC 4180, UTF-8, a header row, values exactly as stored: no spreadsheet escaping, so a quote
 * that begins with "=" stays verbatim) and a JSON Lines file (one object a row, typed values),
 * then {@code datapackage.json} describing the CSV files (Frictionless Tabular Data Package) with
 * their sizes and SHA-256. One query a table, read as a stream.
 */
public final class DownloadFiles {

    /** A file written: its name, media type, size and SHA-256. */
    public record File(String name, String mediaType, long bytes, String sha256) {
    }

    static final String PACKAGE = "datapackage.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DownloadFiles() {
    }

    /** Writes every table and the package into {@code dir}; returns the files, the package last. */
    static List<File> write(Connection c, Path dir, String version) throws IOException, SQLException {
        List<File> files = new ArrayList<>();
        Map<String, File> csv = new LinkedHashMap<>();
        for (Table t : Tables.ALL) {
            File[] written = table(c, t, dir);
            csv.put(t.name(), written[0]);
            files.add(written[0]);
            files.add(written[1]);
        }
        byte[] pkg = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(datapackage(version, csv));
        Files.write(dir.resolve(PACKAGE), pkg);
        files.add(new File(PACKAGE, "application/json", pkg.length, sha256(pkg)));
        return files;
    }

    private static File[] table(Connection c, Table t, Path dir) throws IOException, SQLException {
        MessageDigest csvDigest = digest();
        MessageDigest jsonDigest = digest();
        Path csvPath = dir.resolve(t.name() + ".csv");
        Path jsonPath = dir.resolve(t.name() + ".jsonl");
        try (OutputStream csvOut = new DigestOutputStream(Files.newOutputStream(csvPath), csvDigest);
                Writer csv = new BufferedWriter(new OutputStreamWriter(csvOut, StandardCharsets.UTF_8), 1 << 16);
                OutputStream jsonOut = new DigestOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(jsonPath), 1 << 16),
                        jsonDigest);
                JsonGenerator jsonl = JSON.getFactory().createGenerator(jsonOut);
                PreparedStatement s = c.prepareStatement(t.sql())) {
            jsonl.setRootValueSeparator(null);
            List<String> header = t.fields().stream().map(Table.Field::name).toList();
            line(csv, header);
            s.setFetchSize(1000);
            try (ResultSet rows = s.executeQuery()) {
                List<String> cells = new ArrayList<>(header.size());
                while (rows.next()) {
                    cells.clear();
                    jsonl.writeStartObject();
                    for (int i = 0; i < t.fields().size(); i++) {
                        Table.Field f = t.fields().get(i);
                        Object raw = rows.getObject(i + 1);
                        String text = text(f, raw);
                        cells.add(text == null ? "" : text);
                        jsonl.writeFieldName(f.name());
                        json(jsonl, f, raw, text);
                    }
                    jsonl.writeEndObject();
                    jsonl.writeRaw('\n');
                    line(csv, cells);
                }
            }
        }
        return new File[] { new File(t.name() + ".csv", "text/csv", Files.size(csvPath), hex(csvDigest)),
                new File(t.name() + ".jsonl", "application/jsonl", Files.size(jsonPath), hex(jsonDigest)) };
    }

    /** A value as the CSV writes it: null for none, dates ISO, booleans true/false, codes kebab-case. */
    static String text(Table.Field f, Object raw) {
        if (raw == null) {
            return null;
        }
        if (f.value() == Table.Value.CODE) {
            return raw.toString().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (raw instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (raw instanceof java.time.LocalDate d) {
            return d.toString();
        }
        return raw.toString();
    }

    private static void json(JsonGenerator g, Table.Field f, Object raw, String text) throws IOException {
        if (raw == null) {
            g.writeNull();
        } else if (f.type().equals("integer")) {
            g.writeNumber(((Number) raw).longValue());
        } else if (f.type().equals("boolean")) {
            g.writeBoolean((Boolean) raw);
        } else if (f.type().equals("object")) {
            g.writeTree(JSON.readTree(text));
        } else {
            g.writeString(text);
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String s = cells.get(i);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                w.write('"');
                w.write(s.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(s);
            }
        }
        w.write("\r\n");
    }

    /** The Frictionless descriptor of the CSV files. */
    static ObjectNode datapackage(String version, Map<String, File> csv) {
        ObjectNode p = JSON.createObjectNode();
        p.put("profile", "tabular-data-package");
        p.put("name", "concordance-corpus");
        p.put("title", "Concordance: AI-governance proposals, their typed measures and who stands where, with verbatim evidence");
        p.put("version", version);
        p.put("description", "Every table of the Concordance corpus at one corpus version (its SHA-256 is 'version'). Identifiers "
                + "are the corpus's own slugs and stable identifiers; every position and signature rests on the quotes of "
                + "'evidence', located in the source texts by line and by code-point offsets.");
        ArrayNode resources = p.putArray("resources");
        for (Table t : Tables.ALL) {
            File f = csv.get(t.name());
            ObjectNode r = resources.addObject();
            r.put("name", t.name());
            r.put("title", t.title());
            r.put("description", t.description());
            r.put("path", f.name());
            r.put("profile", "tabular-data-resource");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            r.put("bytes", f.bytes());
            r.put("hash", "sha256:" + f.sha256());
            ObjectNode dialect = r.putObject("dialect");
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("header", true);
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Table.Field field : t.fields()) {
                ObjectNode o = fields.addObject();
                o.put("name", field.name());
                o.put("type", field.type());
                o.put("description", field.description());
                if (field.required()) {
                    o.putObject("constraints").put("required", true);
                }
            }
            schema.putArray("missingValues").add("");
            ArrayNode pk = schema.putArray("primaryKey");
            t.primaryKey().forEach(pk::add);
            if (!t.foreignKeys().isEmpty()) {
                ArrayNode fks = schema.putArray("foreignKeys");
                for (Table.ForeignKey k : t.foreignKeys()) {
                    ObjectNode o = fks.addObject();
                    ArrayNode fs = o.putArray("fields");
                    k.fields().forEach(fs::add);
                    ObjectNode ref = o.putObject("reference");
                    ref.put("resource", k.resource());
                    ArrayNode rf = ref.putArray("fields");
                    k.reference().forEach(rf::add);
                }
            }
        }
        return p;
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest());
    }

    static String sha256(byte[] bytes) {
        MessageDigest d = digest();
        return HexFormat.of().formatHex(d.digest(bytes));
    }
}
