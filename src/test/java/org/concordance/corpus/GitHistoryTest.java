package org.concordance.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The corpus's git history imported version by version (what the static snapshot does on its
 * empty database): each commit that changed the folder is a version dated by its commit, and the
 * change between two commits is recorded as an import's change is; the working tree comes last.
 */
@QuarkusTest
class GitHistoryTest {

    @Inject
    CorpusService service;

    @Test
    void everyCommitThatChangedTheCorpusIsAVersion() throws Exception {
        assumeTrue(run(Path.of("."), "git", "--version") == 0, "git is not installed: the history cannot be read");
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal()) {
            Path repo = corpus.root.getParent();
            Files.writeString(repo.resolve("README.md"), "outside the corpus\n");
            // Not the bundled corpus (which the database may hold already): a note of the curator's differs.
            corpus.write("documents/fli-pause-letter.yaml", corpus.read("documents/fli-pause-letter.yaml") + "# first commit\n");
            assertEquals(0, run(repo, "git", "init", "-q"));
            assertEquals(0, run(repo, "git", "add", "-A"));
            assertEquals(0, run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one",
                    "--date=2024-01-02T03:04:05Z"));
            corpus.replace("documents/fli-pause-letter.yaml", "stance: proposes", "stance: supports");
            assertEquals(0, run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-a", "-m", "two"));
            Files.writeString(repo.resolve("README.md"), "a commit that does not change the corpus\n");
            assertEquals(0, run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-a", "-m", "three"));
            List<GitHistory.Version> versions = new GitHistory(corpus.root).last(10);
            assertEquals(2, versions.size(), "the commits that changed the corpus folder: " + versions);

            service.importHistory(corpus.root, 10);
            JsonPath v = given().when().get("/api/versions?size=3").then().statusCode(200).extract().jsonPath();
            assertEquals(versions.get(1).commit(), v.getString("items[0].commit"));
            assertEquals(versions.get(0).commit(), v.getString("items[1].commit"));
            assertEquals(v.getString("items[1].version"), v.getString("items[0].previous"));
            assertEquals(versions.get(1).time().toInstant(), java.time.OffsetDateTime.parse(v.getString("items[0].importedAt")).toInstant(),
                    "a version from history is dated by its commit");
            JsonPath changes = given().when().get("/api/changes?version=" + v.getString("items[0].version") + "&kind=position")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(1, changes.getInt("total"), changes.prettify());
            assertEquals("fli-pause-letter.fli-six-month-pause", changes.getString("items[0].id"));
            assertEquals("proposes", changes.getString("items[0].fields[0].before"));
            assertEquals("supports", changes.getString("items[0].fields[0].after"));
            // The working tree is the last commit: importing it changes nothing.
            CorpusService.Outcome folder = service.importFrom(corpus.root);
            assertTrue(folder.ok() && !folder.changed(), folder.toString());
        } finally {
            assertTrue(service.importFrom(ScratchCorpus.REAL).ok());
        }
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
