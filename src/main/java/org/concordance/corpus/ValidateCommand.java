package org.concordance.corpus;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The curator's check, without database or server: {@code ./mvnw -q compile exec:java@validate}.
 * Validates {@code proposals/} and, when the source texts are at hand ({@code ../shared/seeds}
 * or the second argument), checks every quote verbatim against them. Prints one
 * {@code file:line:column: message} line per problem and exits 1, or a summary and 0.
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(args.length > 0 ? args[0] : "proposals");
        Path seeds = Path.of(args.length > 1 ? args[1] : "../shared/seeds");
        CorpusReader.Result result = new CorpusReader(root).read();
        List<Problem> problems = result.problems();
        String verbatim;
        if (result.ok() && Files.isDirectory(seeds)) {
            problems = new VerbatimCheck(seeds).check(result.corpus());
            verbatim = "every quote found verbatim in " + seeds;
        } else {
            verbatim = "quotes NOT checked: no source texts at " + seeds.toAbsolutePath();
        }
        if (problems.isEmpty()) {
            out.println("OK: " + result.corpus().summary() + "; " + verbatim);
            return;
        }
        problems.forEach(out::println);
        out.println(problems.size() + " problem(s); nothing would be imported.");
        System.exit(1);
    }
}
