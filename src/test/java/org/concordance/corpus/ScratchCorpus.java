package org.concordance.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A throw-away copy of the real {@code proposals/} that a test may break. */
public final class ScratchCorpus implements AutoCloseable {

    public static final Path REAL = Path.of("proposals");

    public final Path root;

    private ScratchCorpus(Path root) {
        this.root = root;
    }

    public static ScratchCorpus copyOfReal() {
        return copyOf(REAL);
    }

    /** A throw-away copy of any corpus folder. */
    public static ScratchCorpus copyOf(Path corpus) {
        try {
            Path tmp = Files.createTempDirectory("corpus-");
            Path root = tmp.resolve("proposals");
            try (Stream<Path> all = Files.walk(corpus)) {
                for (Path p : all.toList()) {
                    Path target = root.resolve(corpus.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return new ScratchCorpus(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScratchCorpus write(String relative, String content) {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public ScratchCorpus write(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}, failing loudly if the real file changed shape. */
    public ScratchCorpus replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new IllegalStateException(relative + " no longer contains: " + from);
        }
        return write(relative, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(root.getParent())) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
