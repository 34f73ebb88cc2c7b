package org.concordance.corpus;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The curator's check, without database or server: {@code ./mvnw -q compile exec:java@validate}.
 * Reads {@code proposals/} (or the first argument) exactly as every import does, quotes checked
 * verbatim against the source texts in {@code proposals/sources/} included. Prints one
 * {@code file:line:column: message} line per problem and exits 1, or a summary and 0. Under GitHub
 * Actions ({@code GITHUB_ACTIONS=true}), or with {@code --format=actions}, each problem is an
 * {@code ::error file=…,line=…,col=…::message} workflow command instead, so that GitHub shows it
 * on the line of the pull request that caused it; {@code --format=plain} forces the plain lines.
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean actions = "true".equals(System.getenv("GITHUB_ACTIONS"));
        Path root = Path.of("proposals");
        for (String arg : args) {
            if (arg.equals("--format=actions")) {
                actions = true;
            } else if (arg.equals("--format=plain")) {
                actions = false;
            } else if (arg.startsWith("--")) {
                out.println("unknown option " + arg + "; use --format=plain or --format=actions, then the corpus folder");
                System.exit(2);
            } else {
                root = Path.of(arg);
            }
        }
        int status = run(root, actions, out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Checks the corpus at {@code root} and prints the outcome; returns the exit status (0: valid, 1: problems). */
    static int run(Path root, boolean actions, PrintStream out) {
        CorpusReader.Result result = new CorpusReader(root).read();
        List<Problem> problems = result.problems();
        if (problems.isEmpty()) {
            out.println("OK: " + result.corpus().summary() + ", " + result.corpus().texts().size()
                    + " source texts; every quote found verbatim at its locator");
            return 0;
        }
        problems.forEach(p -> out.println(actions ? p.actions() : p.toString()));
        out.println(problems.size() + " problem(s); nothing would be imported.");
        return 1;
    }
}
