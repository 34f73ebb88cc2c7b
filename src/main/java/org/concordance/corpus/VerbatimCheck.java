package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;

/**
 * Checks every evidence quote against the source text it cites: the quote must stand within
 * the cited lines of the seed file of its source document, character for character except
 * that runs of whitespace (line breaks included) count as one space.
 */
public final class VerbatimCheck {

    private final Path seeds;
    private final Map<String, Optional<List<String>>> texts = new HashMap<>();

    public VerbatimCheck(Path seeds) {
        this.seeds = seeds;
    }

    /** Every quote that is not where it says it is, as a problem at its evidence entry. */
    public List<Problem> check(Corpus corpus) {
        Map<String, DocumentFile> bySlug = new HashMap<>();
        corpus.documents().forEach(d -> bySlug.put(d.slug().value(), d));
        Problems problems = new Problems();
        for (DocumentFile d : corpus.documents()) {
            Stream.concat(nullSafe(d.positions()).stream().flatMap(p -> p.evidence().stream()),
                    nullSafe(d.signatures()).stream().flatMap(s -> s.evidence().stream()))
                    .forEach(e -> check(e, bySlug.get(e.source() == null ? d.slug().value() : e.source().value()), problems));
        }
        return problems.sorted();
    }

    private void check(EvidenceEntry e, DocumentFile source, Problems problems) {
        String seed = source.seed();
        Optional<List<String>> lines = texts.computeIfAbsent(seed, this::read);
        if (lines.isEmpty()) {
            problems.add(e.at(), "source text " + seeds.resolve(seed) + " (seed of '" + source.slug().value()
                    + "') does not exist");
            return;
        }
        List<String> text = lines.get();
        String quote = normalise(e.quote());
        int start = e.lines().start();
        int end = e.lines().end();
        if (end > text.size()) {
            problems.add(e.at(), "lines " + start + "-" + end + " are beyond the end of " + seed + " (" + text.size()
                    + " lines); quote: " + abbreviate(quote));
            return;
        }
        if (normalise(String.join("\n", text.subList(start - 1, end))).contains(quote)) {
            return;
        }
        problems.add(e.at(), "quote not found verbatim in " + seed + " lines " + start + "-" + end
                + whereItStands(text, quote) + ": " + abbreviate(quote));
    }

    /** The tightest range of up to 8 lines that does hold the quote, as a hint for the curator. */
    private static String whereItStands(List<String> text, String quote) {
        for (int size = 1; size <= 8; size++) {
            for (int i = 0; i + size <= text.size(); i++) {
                if (normalise(String.join("\n", text.subList(i, i + size))).contains(quote)) {
                    return "; it stands at " + (size == 1 ? "line " + (i + 1) : "lines " + (i + 1) + "-" + (i + size));
                }
            }
        }
        return "";
    }

    private Optional<List<String>> read(String seed) {
        Path file = seeds.resolve(seed);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Runs of white space (any Unicode white space) become one space; nothing else changes. */
    public static String normalise(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip(); // Unicode white space: NBSP and U+3000 too
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? "\"" + quote + "\"" : "\"" + quote.substring(0, 77) + "...\"";
    }
}
