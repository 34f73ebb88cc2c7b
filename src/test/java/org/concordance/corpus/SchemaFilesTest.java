package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The published schema is the enforced one: regenerate with ./mvnw -q compile exec:java@schema. */
class SchemaFilesTest {

    @Test
    void committedSchemasMatchTheLoader() throws IOException {
        for (Map.Entry<String, Class<? extends Record>> e : SchemaCommand.FILES.entrySet()) {
            Path file = Path.of("proposals/schema").resolve(e.getKey());
            assertEquals(SchemaCommand.render(e.getValue()), Files.readString(file, StandardCharsets.UTF_8),
                    file + " is out of date: run ./mvnw -q compile exec:java@schema");
        }
    }

    @Test
    void theTableOfMeasureTypesInTheCuratorsGuideIsGenerated() throws IOException {
        String readme = Files.readString(Path.of("proposals/README.md"), StandardCharsets.UTF_8);
        assertEquals(ParameterTable.replaceIn(readme), readme, "proposals/README.md's table is out of date: run ./mvnw -q compile exec:java@schema");
    }

    @Test
    void everyParameterHasALabelInEnglishAndChinese() {
        for (var t : org.concordance.measure.MeasureType.values()) {
            for (var c : t.parametersType().getRecordComponents()) {
                String key = "param." + Binder.key(c.getName());
                for (var locale : new java.util.Locale[] { java.util.Locale.ROOT, java.util.Locale.SIMPLIFIED_CHINESE }) {
                    var bundle = java.util.ResourceBundle.getBundle("messages.messages", locale);
                    org.junit.jupiter.api.Assertions.assertTrue(bundle.containsKey(key), key + " in the " + locale + " bundle");
                }
                org.junit.jupiter.api.Assertions.assertNotEquals(
                        java.util.ResourceBundle.getBundle("messages.messages", java.util.Locale.ROOT).getString(key),
                        java.util.ResourceBundle.getBundle("messages.messages", java.util.Locale.SIMPLIFIED_CHINESE).getString(key),
                        key + " has a Chinese label of its own");
            }
        }
    }
}
