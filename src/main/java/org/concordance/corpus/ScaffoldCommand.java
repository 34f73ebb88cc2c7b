package org.concordance.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a new document without copying an old one:
 * {@code ./mvnw -q compile exec:java@scaffold -Dexec.args="--text path/to/text.txt [--slug s] [proposals]"}.
 * Copies the text to {@code proposals/sources/<slug>.txt} (unless it is there already), and writes
 * {@code sources/<slug>.yaml} and {@code documents/<slug>.yaml} with the required fields, the
 * text's line count and SHA-256, and a comment on what each field means. The placeholders ({@code TODO}
 * codes, empty required texts) are values {@code validate} refuses, so it names whatever is still
 * to fill in. It never overwrites a file.
 */
public final class ScaffoldCommand {

    static final String TODO = "TODO";

    private ScaffoldCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String text = null;
        String slug = null;
        Path root = Path.of("proposals");
        List<String> rest = new ArrayList<>(List.of(args));
        try {
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--text" -> text = rest.get(++i);
                    case "--slug" -> slug = rest.get(++i);
                    default -> {
                        if (rest.get(i).startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + rest.get(i));
                        }
                        root = Path.of(rest.get(i));
                    }
                }
            }
            if (text == null) {
                throw new IllegalArgumentException("--text <path of the source text> is required");
            }
            for (Path written : scaffold(root, Path.of(text), slug)) {
                out.println("written: " + written);
            }
            out.println("Fill in every " + TODO + " and empty value, then run ./mvnw -q compile exec:java@validate: it names what is still missing.");
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            out.println("scaffold: " + (e instanceof IndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            System.exit(2);
        } catch (IOException e) {
            out.println("scaffold: " + e);
            System.exit(1);
        }
    }

    /** Writes the new document's files under {@code root}; returns them. */
    static List<Path> scaffold(Path root, Path text, String slugGiven) throws IOException {
        if (!Files.isRegularFile(text)) {
            throw new IllegalArgumentException("no such file: " + text);
        }
        String name = text.getFileName().toString();
        String slug = slugGiven != null ? slugGiven : name.replaceFirst("\\.txt$", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (!Slug.isValid(slug)) {
            throw new IllegalArgumentException("'" + slug + "' is not a slug (a-z, 0-9 and inner '-'): give one with --slug");
        }
        byte[] bytes = Files.readAllBytes(text);
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(content.getBytes(StandardCharsets.UTF_8), bytes)) {
            throw new IllegalArgumentException(text + " is not UTF-8 text");
        }
        int lines = content.isEmpty() ? 0 : content.split("\n", -1).length - (content.endsWith("\n") ? 1 : 0);
        Path sources = Files.createDirectories(root.resolve("sources"));
        Path documents = Files.createDirectories(root.resolve("documents"));
        Path textFile = sources.resolve(slug + ".txt");
        Path about = sources.resolve(slug + ".yaml");
        Path document = documents.resolve(slug + ".yaml");
        boolean inPlace = Files.exists(textFile) && Files.isSameFile(textFile, text);
        for (Path p : inPlace ? List.of(about, document) : List.of(textFile, about, document)) {
            if (Files.exists(p)) {
                throw new IllegalArgumentException(p + " exists already; nothing was written");
            }
        }
        List<Path> written = new ArrayList<>();
        if (!inPlace) {
            Files.write(textFile, bytes);
            written.add(textFile);
        }
        Files.writeString(about, """
                # Record of %1$s.txt (see proposals/README.md, "Source texts"). The text is never edited:
                # evidence locators count its lines (%2$d lines, SHA-256 %3$s).
                # provenance (required, empty until you write it): where the text comes from and how it was made, in a sentence or two.
                provenance:
                # origin: the address it was fetched from (an http(s) URL).
                # origin: https://...
                # retrieved: the date it was fetched (YYYY-MM-DD).
                # retrieved: 2026-01-01
                # partial: true when the text is not the whole document; then say what is missing in gaps.
                """.formatted(slug, lines, Keys.hash(bytes), TODO), StandardCharsets.UTF_8);
        written.add(about);
        Files.writeString(document, """
                # A new document (see proposals/README.md). Its source text: sources/%1$s.txt, %2$d lines,
                # SHA-256 %3$s. Every quote below must be found verbatim at the lines it names.
                # slug: the document's identifier in URLs and references (a-z, 0-9, inner '-').
                slug: %1$s
                # kind (required): open-letter, statement, joint-statement, interview, report, news-article,
                # op-ed, blog-post, social-post or translation.
                kind: %4$s
                # language (required): the original language, as a code (en, zh ...).
                language: %4$s
                # title (required; en empty until you write it): en is the title in English; original the title in the original language.
                # A title the document does not have itself is marked descriptive: true.
                title:
                  en:
                # published: the date of publication (YYYY-MM-DD), if the text or a reference states it; a value
                # the text does not state needs references.published (a url or a document with lines).
                # published: 2026-01-01
                # publisher, authors (actor slugs), url: the same rule.
                source-text: %1$s.txt
                # summary.en: a curator's summary of what the document says.
                # measures: the governance measures it names, each with slug, type and name.en (see the types
                # in proposals/README.md); positions: stances on measures, each with its evidence (quote and
                # lines); signatures: who signed it, with evidence.
                """.formatted(slug, lines, Keys.hash(bytes), TODO), StandardCharsets.UTF_8);
        written.add(document);
        return written;
    }
}
