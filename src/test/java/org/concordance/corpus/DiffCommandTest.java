package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The change summary of a pull request ({@code diff --base <ref>}) across two corpus versions in
 * git: a document added (the curator fixture, its mistakes fixed), a stance changed, a parameter
 * changed and a signature removed, each in its table by stable identifier with its old and new
 * values, and what they do to the measure-type comparisons and the matrix.
 */
class DiffCommandTest {

    private static final String PAUSE = "documents/fli-pause-letter.yaml";
    private static final String CAIS = "documents/cais-statement-on-ai-risk.yaml";

    @Test
    void anAdditionAStanceChangeAParameterChangeAndARemovedSignature() throws Exception {
        assumeTrue(git(Path.of("."), "--version") == 0, "git is not installed: there is no base version to compare with");
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal()) {
            Path repo = corpus.root.getParent();
            commit(repo, "base", true);
            addFixture(corpus);
            corpus.replace(PAUSE, "duration-months: 6", "duration-months: 12");
            corpus.replace("documents/andrew-ng-moratorium-tweet.yaml", "stance: opposes", "stance: conditional");
            String cais = corpus.read(CAIS);
            int from = cais.indexOf("  - actor: sam-altman");
            int to = cais.indexOf("  - actor: geoffrey-hinton");
            assertTrue(from > 0 && to > from, "the CAIS statement lists Sam Altman's signature before Geoffrey Hinton's");
            corpus.write(CAIS, cais.substring(0, from) + cais.substring(to));

            String md = diff(corpus.root, "--base", "HEAD");
            List<String> lines = List.of(md.split("\n"));
            String base = lines.stream().filter(l -> l.startsWith("From **HEAD at ")).findFirst().orElseThrow();
            assertTrue(base.endsWith("(19 documents, 46 measures, 34 actors, 66 positions, 22 signatures, 161 evidence quotes)  "), base);
            assertTrue(lines.contains("to **the working tree** (20 documents, 47 measures, 34 actors, 68 positions, 21 signatures, "
                    + "161 evidence quotes)."), md);
            assertRows(md, "Positions",
                    "| Change | Position | Measure | Holder | Stance before | Stance after | Other fields |",
                    "| changed | `andrew-ng-moratorium-tweet.fli-six-month-pause.andrew-ng` | `fli-six-month-pause` | `andrew-ng` "
                            + "| **opposes** | **conditional** | — |",
                    "| added | `fixture-compute-letter.fli-six-month-pause` | `fli-six-month-pause` | `fixture-compute-letter` "
                            + "| — | supports | `basis`: direct; `evidence`: fixture-compute-letter:3 |",
                    "| added | `fixture-compute-letter.fli-six-month-pause.yann-lecun` | `fli-six-month-pause` | `yann-lecun` "
                            + "| — | opposes | `basis`: direct; `evidence`: fixture-compute-letter:4 |");
            assertRows(md, "Signatures",
                    "| Change | Signature | Actor | Document | Role | Other fields |",
                    "| removed | `cais-statement-on-ai-risk.sam-altman.signed` | `sam-altman` | `cais-statement-on-ai-risk` | signed "
                            + "| `affiliation`: OpenAI; `evidence`: krueger-interview-tencent:9-10, krueger-interview-tencent:12 |");
            assertRows(md, "Documents",
                    "| Change | Document | Title | Fields |",
                    "| added | `fixture-compute-letter` | A Letter On Compute | `kind`: open-letter; `language`: en; "
                            + "`published`: 2024-01-01; `source-text`: fixture-compute-letter.txt sha256:"
                            + Keys.hash(corpus.read("sources/fixture-compute-letter.txt")).substring(0, 12) + " |");
            assertRows(md, "Measures",
                    "| Change | Measure | Type | Document | Field | Before | After |",
                    "| added | `fixture-compute-registry` | `compute-tracking` | `fixture-compute-letter` | `name` | — "
                            + "| A registry of large training runs |",
                    "| changed | `fli-six-month-pause` | `moratorium` | `fli-pause-letter` | parameter `duration-months` | 6 | 12 |");
            assertRows(md, "Measure-type comparisons",
                    "| Measure type | What | Before | After |",
                    "| `moratorium` | documents taking a position | 1 | 2 |",
                    "| `moratorium` | positions for | 5 | 7 |",
                    "| `moratorium` | coalition: `supports` | 1 | 2 |",
                    "| `moratorium` | coalition: `conditional` | 2 | 3 |",
                    "| `moratorium` | parameter `duration-months` | differ, stated by 2: indefinite; 6 | differ, stated by 2: indefinite; 12 |",
                    "| `compute-tracking` | variants | 3 | 4 |");
            assertRows(md, "Matrix cells (documents by measure types)",
                    "| Document | Measure type | Before | After |",
                    "| `fixture-compute-letter` | `moratorium` | — | **supports** (1 position, 1 quote) |");
            assertFalse(md.contains("### Actors"), "no actor changed: no table");
            assertTrue(lines.containsAll(List.of("| Documents | 1 | 0 | 0 |", "| Measures | 1 | 1 | 0 |", "| Positions | 2 | 1 | 0 |",
                    "| Signatures | 0 | 0 | 1 |", "| Actors | 0 | 0 | 0 |", "| Measure-type comparisons | | 2 | |",
                    "| Matrix cells | | 1 | |")), md);

            // The same against a ref that is the head: nothing changes. A table cut short says how much is left.
            commit(repo, "head", false);
            assertTrue(diff(corpus.root, "--base", "HEAD").contains(
                    "No document, measure, position, signature or actor is added, changed or removed."));
            String cut = diff(corpus.root, "--base", "HEAD~1", "--head", "HEAD", "--max-rows", "1");
            assertTrue(cut.contains("2 more row(s) not shown: run the `diff` command with `--max-rows 0` for all of them."), cut);
            Path summary = repo.resolve("step-summary.md");
            assertEquals("diff: the summary is in " + summary + "\n",
                    diff(corpus.root, "--base", "HEAD~1", "--head", "HEAD", "--output", summary.toString()));
            String tables = Files.readString(summary);
            assertEquals(md.substring(md.indexOf("| | Added |")), tables.substring(tables.indexOf("| | Added |")),
                    "a commit as the head reads as the working tree did");
        }
    }

    @Test
    void aRefGitDoesNotKnowAndAVersionThatDoesNotValidateAreRefusedByName() throws Exception {
        assumeTrue(git(Path.of("."), "--version") == 0, "git is not installed: there is no base version to compare with");
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal()) {
            if (git(corpus.root.getParent(), "rev-parse", "--is-inside-work-tree") != 0) { // a temporary folder outside any clone
                assertEquals(List.of("diff: " + corpus.root + " is not in a git work tree (or git is not installed): the diff "
                        + "compares the corpus with a commit, so run it in a clone of the repository"), fails(corpus.root, "--base", "HEAD"));
            }
            commit(corpus.root.getParent(), "base", true);
            assertEquals(List.of("diff: 'no-such-branch' (--base) names no commit of the git repository at " + corpus.root
                    + " (a shallow clone lacks it: fetch it, or check out with fetch-depth: 0)"), fails(corpus.root, "--base", "no-such-branch"));
            corpus.replace(PAUSE, "stance: proposes", "stance: demands");
            List<String> said = fails(corpus.root, "--base", "HEAD");
            assertEquals("diff: the head version (the working tree) does not validate, so it cannot be compared: 1 problem(s)", said.get(0));
            assertTrue(said.get(1).startsWith("  proposals/documents/fli-pause-letter.yaml:134:13: unknown stance 'demands'"), said.get(1));
            assertEquals("run validate on it for the whole list", said.get(said.size() - 1));
            Path summary = corpus.root.getParent().resolve("step-summary.md");
            fails(corpus.root, "--base", "HEAD", "--output", summary.toString());
            String written = Files.readString(summary);
            assertTrue(written.startsWith("## What this change does to the data\n\nNo summary: the diff command failed.\n\n```text\n"
                    + "the head version (the working tree) does not validate"), "the job summary says why: " + written);
        }
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("--base <git ref> is required: the version to compare with (origin/main, a commit)",
                badOption("proposals"));
        assertEquals("--base lacks its value", badOption("--base"));
        assertEquals("--max-rows takes 0 (every row) or a positive number, not 'ten'", badOption("--base", "main", "--max-rows", "ten"));
        assertEquals("--max-bytes takes 0 (no limit) or a number of bytes from 16384, not '1000'",
                badOption("--base", "main", "--max-bytes", "1000"));
        assertEquals("unknown option --bsae", badOption("--bsae", "main"));
    }

    private static String badOption(String... args) {
        try {
            DiffCommand.Options.parse(args);
            throw new AssertionError("accepted: " + List.of(args));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static List<String> fails(Path root, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of(root.toString())).toArray(String[]::new);
        assertEquals(1, DiffCommand.run(DiffCommand.Options.parse(all), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }

    /** The table under {@code ### title} is exactly these rows (its header first, then the separator). */
    private static void assertRows(String md, String title, String header, String... rows) {
        List<String> lines = List.of(md.split("\n"));
        int at = lines.indexOf("### " + title);
        assertTrue(at >= 0, "no table " + title + " in\n" + md);
        assertEquals("", lines.get(at + 1));
        assertEquals(header, lines.get(at + 2));
        List<String> body = new java.util.ArrayList<>();
        for (int i = at + 4; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            body.add(lines.get(i));
        }
        assertEquals(List.of(rows), body, title);
    }

    private static void addFixture(ScratchCorpus corpus) throws IOException {
        Path fixture = Path.of("src/test/resources/curator-fixture");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                corpus.write(fixture.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        String doc = "documents/fixture-compute-letter.yaml";
        corpus.replace(doc, "a register of", "a registry of").replace(doc, "lines: \"9\"", "lines: \"4\"");
    }

    static String diff(Path root, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of(root.toString())).toArray(String[]::new);
        int status = DiffCommand.run(DiffCommand.Options.parse(all), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, status, bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static void commit(Path repo, String message, boolean init) throws IOException, InterruptedException {
        if (init) {
            assertEquals(0, git(repo, "init", "-q"));
        }
        assertEquals(0, git(repo, "add", "-A"));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", message));
    }

    static int git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
