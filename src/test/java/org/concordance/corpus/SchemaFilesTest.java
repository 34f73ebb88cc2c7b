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
}
