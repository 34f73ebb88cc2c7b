package org.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * CITATION.cff names the project's version as pom.xml does, and no DOI (none is minted yet: the
 * README's "Citing a release" says when one is added). Its validity against the CFF 1.2.0 schema
 * is checked by .ci/run.
 */
class CitationFileTest {

    @Test
    void theCitationFileNamesThePomsVersion() throws Exception {
        Map<String, Object> cff = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("CITATION.cff")));
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String version = null;
        var children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeName().equals("version")) {
                version = children.item(i).getTextContent().strip();
            }
        }
        assertEquals("1.2.0", cff.get("cff-version"));
        assertEquals(version, cff.get("version"), "CITATION.cff's version is pom.xml's");
        assertEquals("software", cff.get("type"));
        List<?> authors = (List<?>) cff.get("authors");
        assertFalse(authors.isEmpty());
        assertFalse(cff.containsKey("doi"), "no DOI before Zenodo has minted one");
    }

    @Test
    void theCiRunValidatesIt() throws IOException {
        String run = Files.readString(Path.of(".ci/run"));
        assertTrue(run.contains("node .ci/validate-citation.mjs"), ".ci/run validates CITATION.cff");
    }
}
