package org.concordance.download;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The bulk download of the bundled corpus, loaded back as a reuser would: every file is the size
 * and SHA-256 the index and the data package give; every CSV has the package's columns, values of
 * their types, unique primary keys, and foreign keys that all resolve; each JSON Lines file holds
 * the same rows; the row counts are the API's totals.
 */
@QuarkusTest
class DownloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePackageLoadsBackWithEveryKeyResolved() throws Exception {
        JsonPath index = given().when().get("/api/download").then().statusCode(200).extract().jsonPath();
        String version = index.getString("version");
        assertEquals(given().when().get("/api/versions").then().extract().jsonPath().getString("items[0].version"), version,
                "the download is of the version served");
        List<Map<String, Object>> files = index.getList("files");
        assertEquals(Tables.ALL.size() * 2 + 1, files.size(), "a CSV and a JSON Lines file a table, and the package");
        Map<String, byte[]> bytes = new HashMap<>();
        for (Map<String, Object> f : files) {
            byte[] body = given().when().get((String) f.get("url")).then().statusCode(200).extract().asByteArray();
            assertEquals(((Number) f.get("bytes")).longValue(), body.length, f.get("name") + ": size");
            assertEquals(f.get("sha256"), sha256(body), f.get("name") + ": SHA-256");
            bytes.put((String) f.get("name"), body);
        }
        JsonNode pkg = JSON.readTree(bytes.get("datapackage.json"));
        assertEquals("tabular-data-package", pkg.path("profile").asText());
        assertEquals(version, pkg.path("version").asText());
        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        Map<String, JsonNode> schemas = new HashMap<>();
        for (JsonNode r : pkg.path("resources")) {
            String name = r.path("name").asText();
            byte[] csv = bytes.get(r.path("path").asText());
            assertEquals(r.path("bytes").asLong(), csv.length, name);
            assertEquals("sha256:" + sha256(csv), r.path("hash").asText(), name);
            List<List<String>> rows = parseCsv(new String(csv, StandardCharsets.UTF_8));
            List<String> header = rows.get(0);
            List<String> fields = new ArrayList<>();
            r.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asText()));
            assertEquals(fields, header, name + ": the header row is the schema's fields");
            List<Map<String, String>> records = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(header.size(), row.size(), name + ": " + row);
                Map<String, String> rec = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    rec.put(header.get(i), row.get(i));
                }
                records.add(rec);
            }
            for (JsonNode f : r.path("schema").path("fields")) {
                String column = f.path("name").asText();
                boolean required = f.path("constraints").path("required").asBoolean(false);
                for (Map<String, String> rec : records) {
                    String v = rec.get(column);
                    if (v.isEmpty()) {
                        assertFalse(required, name + "." + column + " is required: " + rec);
                        continue;
                    }
                    switch (f.path("type").asText()) {
                        case "integer" -> Long.parseLong(v);
                        case "boolean" -> assertTrue(v.equals("true") || v.equals("false"), v);
                        case "date" -> java.time.LocalDate.parse(v);
                        case "object" -> assertTrue(JSON.readTree(v).isObject(), v);
                        default -> {
                        }
                    }
                }
            }
            List<String> pk = new ArrayList<>();
            r.path("schema").path("primaryKey").forEach(k -> pk.add(k.asText()));
            Set<List<String>> keys = new HashSet<>();
            for (Map<String, String> rec : records) {
                List<String> key = pk.stream().map(rec::get).toList();
                assertTrue(key.stream().noneMatch(String::isEmpty), name + ": an empty primary key");
                assertTrue(keys.add(key), name + ": primary key " + key + " twice");
            }
            // The JSON Lines twin: the same rows, in the same order, typed.
            String[] lines = new String(bytes.get(name + ".jsonl"), StandardCharsets.UTF_8).split("\n");
            assertEquals(records.size(), lines.length == 1 && lines[0].isEmpty() ? 0 : lines.length, name + ".jsonl rows");
            for (int i = 0; i < lines.length && !lines[i].isEmpty(); i++) {
                JsonNode line = JSON.readTree(lines[i]);
                for (String column : fields) {
                    JsonNode value = line.get(column);
                    String csvValue = records.get(i).get(column);
                    assertTrue(value != null, name + ".jsonl lacks " + column);
                    String asText = value.isNull() ? "" : value.isObject() ? JSON.writeValueAsString(value) : value.asText();
                    if (value.isObject()) {
                        assertEquals(JSON.readTree(csvValue), value, name + "." + column);
                    } else {
                        assertEquals(csvValue, asText, name + "." + column + " row " + i);
                    }
                }
            }
            tables.put(name, records);
            schemas.put(name, r.path("schema"));
        }
        int checked = 0;
        for (Map.Entry<String, JsonNode> s : schemas.entrySet()) {
            for (JsonNode fk : s.getValue().path("foreignKeys")) {
                String field = fk.path("fields").get(0).asText();
                String target = fk.path("reference").path("resource").asText();
                String targetField = fk.path("reference").path("fields").get(0).asText();
                Set<String> known = new HashSet<>();
                tables.get(target).forEach(rec -> known.add(rec.get(targetField)));
                for (Map<String, String> rec : tables.get(s.getKey())) {
                    String v = rec.get(field);
                    if (!v.isEmpty()) {
                        assertTrue(known.contains(v), s.getKey() + "." + field + " = " + v + " is no " + target + "." + targetField);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "foreign keys checked: " + checked);
        // The same rows the API counts.
        for (String list : List.of("documents", "actors", "measures", "positions", "signatures")) {
            assertEquals(given().when().get("/api/" + list).then().extract().jsonPath().getInt("total"), tables.get(list).size(), list);
        }
        // Quotes are data: exactly as the corpus gives them, no spreadsheet escaping.
        String someQuote = given().when().get("/api/positions?size=1").then().extract().jsonPath().getString("items[0].evidence[0].quote");
        assertTrue(tables.get("evidence").stream().anyMatch(e -> e.get("quote").equals(someQuote)), someQuote);
        assertTrue(tables.get("measures").stream().anyMatch(m -> m.get("type").equals("moratorium") && m.get("parameters").contains("duration")));
    }

    @Test
    void anUnknownFileIsANamed404() {
        given().when().get("/api/download/secrets.csv").then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("secrets.csv"));
        given().when().get("/api/download/..%2Fapplication.properties").then().statusCode(org.hamcrest.Matchers.either(
                org.hamcrest.Matchers.is(404)).or(org.hamcrest.Matchers.is(400)));
    }

    /** RFC 4180: quoted fields with doubled quotes, CRLF line ends (a quoted field may hold line breaks). */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "the file ends with CRLF");
        return rows;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
