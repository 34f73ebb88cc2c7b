package org.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The dependencies between packages that the design promises, read from the sources. */
class StructureTest {

    static final Path MAIN = Path.of("src/main/java/org/concordance");

    /** Every reference from the files of one package to another package of the project, as "File.java: package.Type". */
    static List<String> references(String from, Pattern to) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(MAIN.resolve(from))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = to.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        return found;
    }

    @Test
    void theHttpLayerNamesNoDomainPackage() throws IOException {
        Pattern domain = Pattern.compile("org\\.concordance\\.(measure|document|actor|position|compare|corpus|search)\\.\\w+");
        assertEquals(List.of(), references("web", domain));
        assertTrue(Files.exists(MAIN.resolve("web/DataVersion.java")), "the layer asks for the data version through its own interface");
    }

    @Test
    void pagesCallQueryServicesNeverResources() throws IOException {
        assertEquals(List.of(), references("site", Pattern.compile("\\b\\w+Resource\\b")));
    }
}
