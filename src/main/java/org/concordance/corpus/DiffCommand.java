package org.concordance.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.concordance.change.ChangeSummary;

/**
 * What a change does to the data, against a git ref:
 * {@code ./mvnw -q compile exec:java@diff -Dexec.args="--base origin/main"}. Reads the corpus
 * folder as it was at the base commit (written out with {@code git archive}; the working tree is
 * never touched) and as it is now (or at {@code --head <ref>}), each exactly as {@code validate}
 * reads it, and prints {@link ChangeSummary}'s Markdown: what the pull-request workflow writes to
 * its job summary ({@code --output $GITHUB_STEP_SUMMARY}). Exits 0 with the summary, 1 when a
 * version does not read or git cannot give the base, 2 on a bad option.
 */
public final class DiffCommand {

    /** The most rows a table shows unless {@code --max-rows} says otherwise: a reviewer reads the first ones. */
    static final int MAX_ROWS = 200;

    private DiffCommand() {
    }

    /** What the command was asked. */
    record Options(Path root, String base, String head, int maxRows, int maxBytes, Path output) {

        static Options parse(String... args) {
            Path root = Path.of("proposals");
            String base = null;
            String head = null;
            int maxRows = MAX_ROWS;
            int maxBytes = 0;
            Path output = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--base" -> base = value(args, ++i, a);
                    case "--head" -> head = value(args, ++i, a);
                    case "--output" -> output = Path.of(value(args, ++i, a));
                    case "--max-rows" -> maxRows = number(value(args, ++i, a), 0,
                            "--max-rows takes 0 (every row) or a positive number");
                    case "--max-bytes" -> maxBytes = number(value(args, ++i, a), ChangeSummary.MIN_BYTES,
                            "--max-bytes takes 0 (no limit) or a number of bytes from " + ChangeSummary.MIN_BYTES);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        root = Path.of(a);
                    }
                }
            }
            if (base == null) {
                throw new IllegalArgumentException("--base <git ref> is required: the version to compare with (origin/main, a commit)");
            }
            return new Options(root, base, head, maxRows, maxBytes, output);
        }

        /** A whole number that is 0 or at least {@code least}. */
        private static int number(String value, int least, String rule) {
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n != 0 && n < least) {
                throw new IllegalArgumentException(rule + ", not '" + value + "'");
            }
            return n;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " lacks its value");
            }
            return args[i];
        }
    }

    /** A failure the command reports in one sentence and exits 1 for. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("diff: " + e.getMessage()
                    + "\nusage: diff --base <git ref> [--head <git ref>] [--max-rows N] [--max-bytes N] [--output file] [corpus folder]");
            System.exit(2);
            return;
        }
        int status = run(options, out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns its exit status. */
    static int run(Options options, PrintStream out) {
        try {
            String markdown = summary(options);
            if (options.output() == null) {
                out.print(markdown);
            } else {
                write(options.output(), markdown);
                out.println("diff: the summary is in " + options.output());
            }
            return 0;
        } catch (Failure e) {
            out.println("diff: " + e.getMessage());
            if (options.output() != null) {
                // the job summary says why there is no summary, rather than nothing at all
                try {
                    write(options.output(), "## What this change does to the data\n\nNo summary: the diff command failed.\n\n"
                            + "```text\n" + e.getMessage().replace("`", "'") + "\n```\n");
                } catch (IOException written) {
                    out.println("diff: nor could it write " + options.output() + ": " + written);
                }
            }
            return 1;
        } catch (IOException e) {
            out.println("diff: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("diff: interrupted");
            return 1;
        }
    }

    /** The Markdown summary of going from the base to the head. */
    static String summary(Options options) throws Failure, IOException, InterruptedException {
        if (!Files.isDirectory(options.root())) {
            throw new Failure("no corpus folder at " + options.root());
        }
        GitHistory git = new GitHistory(options.root());
        if (!git.inWorkTree()) {
            throw new Failure(options.root() + " is not in a git work tree (or git is not installed): the diff compares "
                    + "the corpus with a commit, so run it in a clone of the repository");
        }
        Path tmp = Files.createTempDirectory("concordance-diff-");
        try {
            ChangeSummary.Version base = atRef(git, options.base(), tmp.resolve("base"), "base");
            ChangeSummary.Version head = options.head() == null
                    ? version(options.root(), "the working tree", "", "head")
                    : atRef(git, options.head(), tmp.resolve("head"), "head");
            return new ChangeSummary(options.maxRows(), options.maxBytes()).markdown(base, head);
        } finally {
            org.concordance.Folders.delete(tmp);
        }
    }

    private static ChangeSummary.Version atRef(GitHistory git, String ref, Path into, String side)
            throws Failure, IOException, InterruptedException {
        String commit = git.commit(ref);
        if (commit == null) {
            throw new Failure("'" + ref + "' (--" + side + ") names no commit of the git repository at " + git.root()
                    + " (a shallow clone lacks it: fetch it, or check out with fetch-depth: 0)");
        }
        Files.createDirectories(into);
        Path root;
        try {
            root = git.extract(commit, into);
        } catch (IOException e) {
            throw new Failure("the corpus folder could not be read at " + ref + " (" + commit.substring(0, 12) + "): "
                    + e.getMessage());
        }
        return version(root, ref + " at " + commit.substring(0, 12), ref + ":", side);
    }

    /** One version read as validate reads it; a version with problems is no version to compare. */
    private static ChangeSummary.Version version(Path root, String label, String prefix, String side) throws Failure {
        CorpusReader.Result read = new CorpusReader(root).read();
        if (!read.ok()) {
            List<Problem> problems = read.problems();
            StringBuilder said = new StringBuilder("the " + side + " version (" + label + ") does not validate, so it cannot be "
                    + "compared: " + problems.size() + " problem(s)");
            problems.stream().limit(10).forEach(p -> said.append("\n  ").append(prefix).append(p));
            if (problems.size() > 10) {
                said.append("\n  …");
            }
            throw new Failure(said.append("\nrun validate on it for the whole list").toString());
        }
        Corpus c = read.corpus();
        return new ChangeSummary.Version(label, c.summary(), CorpusItems.of(c), EngineFacts.measures(c),
                EngineFacts.positions(c), EngineFacts.matrixDocuments(c));
    }

    /** Writes the whole file or nothing: a temporary file beside it, moved in place. */
    private static void write(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".diff-", ".md");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
