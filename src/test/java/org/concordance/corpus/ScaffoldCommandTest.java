package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The scaffold of a new document: its files name the text's line count and SHA-256, validate
 * names each placeholder still to fill in, and once they are filled the corpus is valid.
 */
class ScaffoldCommandTest {

    @Test
    void theScaffoldPassesValidateOnceItsPlaceholdersAreFilled() throws IOException {
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal()) {
            Path text = Files.createTempFile("An Open Letter ", ".txt");
            Files.writeString(text, "An Open Letter\nWe ask for audits of frontier models.\n", StandardCharsets.UTF_8);
            String slug = "an-open-letter-scaffolded";
            List<Path> written = ScaffoldCommand.scaffold(corpus.root, text, slug);
            assertEquals(3, written.size(), written.toString());
            String yaml = corpus.read("documents/" + slug + ".yaml");
            assertTrue(yaml.contains("2 lines") && yaml.contains(Keys.hash(Files.readAllBytes(text))), yaml);

            String doc = "proposals/documents/" + slug + ".yaml";
            assertEquals(List.of(doc + ":7:7: unknown document kind 'TODO'; allowed: " + org.concordance.Coded.codes(
                    org.concordance.document.DocumentKind.class),
                    doc + ":9:11: 'TODO' is not a lower-case language code such as en or zh",
                    doc + ":13:6: key 'en' needs a value",
                    "proposals/sources/" + slug + ".yaml:4:12: key 'provenance' needs a value",
                    "4 problem(s); nothing would be imported."), validate(corpus, 1));

            corpus.replace("documents/" + slug + ".yaml", "kind: TODO", "kind: open-letter")
                    .replace("documents/" + slug + ".yaml", "language: TODO", "language: en")
                    .replace("documents/" + slug + ".yaml", "  en:\n", "  en: An Open Letter\n")
                    .replace("sources/" + slug + ".yaml", "provenance:\n", "provenance: A letter written for this test.\n");
            List<String> ok = validate(corpus, 0);
            assertTrue(ok.get(0).startsWith("OK: 20 documents"), ok.toString());

            IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                    () -> ScaffoldCommand.scaffold(corpus.root, text, slug));
            assertTrue(again.getMessage().contains("exists already; nothing was written"), again.getMessage());
            Files.delete(text);
        }
    }

    private static List<String> validate(ScratchCorpus corpus, int expected) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(expected, ValidateCommand.run(corpus.root, false, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
    }
}
