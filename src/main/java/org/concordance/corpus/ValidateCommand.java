package org.concordance.corpus;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The curator's check, without database or server: {@code ./mvnw -q compile exec:java@validate}.
 * Reads {@code proposals/} (or the first argument) exactly as every import does, quotes checked
 * verbatim against the source texts in {@code proposals/sources/} included. Prints one
 * {@code file:line:column: message} line per problem and exits 1, or a summary and 0.
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(args.length > 0 ? args[0] : "proposals");
        CorpusReader.Result result = new CorpusReader(root).read();
        List<Problem> problems = result.problems();
        if (problems.isEmpty()) {
            out.println("OK: " + result.corpus().summary() + ", " + result.corpus().texts().size()
                    + " source texts; every quote found verbatim at its locator");
            return;
        }
        problems.forEach(out::println);
        out.println(problems.size() + " problem(s); nothing would be imported.");
        System.exit(1);
    }
}
