package org.concordance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.concordance.measure.MeasureType;

/**
 * Writes a valid synthetic corpus of N documents for benchmarks and scale tests, with the
 * design target's ratios per document: about 2.4 measures, 4.6 positions, 10 position quotes,
 * 2 new actors and 20 signatures, each with its quote. A third of the documents are in
 * Chinese (their quotes carry English translations). Every document has its own source text
 * that holds every quote at its locator, and its record. The output depends only on N and the
 * seed: document {@code i} is drawn from {@code seed} and {@code i} alone, so the files are
 * written in parallel and a rerun writes the same bytes.
 *
 * <p>Usage: {@code CorpusGenerator <out-dir> <documents> [seed [large-letter]]} (see
 * {@link #withLargeLetter}); {@code out-dir} gets
 * {@code documents/}, {@code actors/} and {@code sources/} like {@code proposals/}.
 */
public final class CorpusGenerator {

    static final int ACTORS_PER_DOCUMENT = 2;
    static final int SIGNATURES_PER_DOCUMENT = 20;

    private static final String[] EN_WORDS = { "frontier", "model", "safety", "compute", "audit", "licence",
            "oversight", "evaluation", "risk", "governance", "international", "research", "standards", "incident",
            "transparency", "watermark", "provenance", "registry", "threshold", "developers", "laboratories",
            "public", "independent", "verification", "capability", "deployment", "training", "shared" };
    private static final String[] ZH_WORDS = { "人工智能", "安全", "治理", "监管", "暂停", "算力", "审计", "许可",
            "水印", "国际", "合作", "风险", "评估", "研究", "透明", "责任", "标准", "前沿", "模型", "开发者", "实验室",
            "独立", "核查", "能力", "部署", "训练", "共享", "机构" };
    private static final String[] EN_STANCE_LINES = { "We support", "We oppose", "We call for", "We discuss",
            "We support, on conditions,", "We find insufficient" };
    private static final String[] STANCES = { "supports", "opposes", "proposes", "discusses", "conditional",
            "insufficient" };
    private static final String[] ZH_STANCE_LINES = { "我们支持", "我们反对", "我们呼吁", "我们讨论", "我们有条件地支持",
            "我们认为不足的" };
    private static final String[] KINDS = { "open-letter", "statement", "joint-statement", "interview", "report",
            "news-article", "op-ed", "blog-post" };
    private static final String[] ZH_DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

    private final Path out;
    private final int documents;
    private final long seed;
    private int largeLetter;

    public CorpusGenerator(Path out, int documents, long seed) {
        if (documents < 1) {
            throw new IllegalArgumentException("documents must be at least 1 (was " + documents + ")");
        }
        this.out = out;
        this.documents = documents;
        this.seed = seed;
    }

    /**
     * Makes the last document a large open letter: signed by the first {@code signatories} actors
     * (at most two per earlier document), each of whom also takes a stance on its first measure,
     * so that its signatures, that measure's positions and the letter's recorded stances fill
     * several pages of a detail. Without it no list of one entity grows past the ratios above.
     */
    public CorpusGenerator withLargeLetter(int signatories) {
        if (signatories < 0 || signatories > (documents - 1) * ACTORS_PER_DOCUMENT) {
            throw new IllegalArgumentException("a letter can have at most " + (documents - 1) * ACTORS_PER_DOCUMENT
                    + " earlier signatories with " + documents + " documents (was " + signatories + ")");
        }
        this.largeLetter = signatories;
        return this;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: CorpusGenerator <out-dir> <documents> [seed [large-letter-signatories]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n;
        long seed;
        int letter;
        try {
            n = Integer.parseInt(args[1].replace("_", "").replace("k", "000"));
            seed = args.length >= 3 ? Long.parseLong(args[2]) : 1L;
            letter = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        } catch (NumberFormatException e) {
            System.err.println("documents, seed and large-letter must be whole numbers: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        try {
            new CorpusGenerator(out, n, seed).withLargeLetter(letter).write();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.printf("Generated %d documents, %d actors and %d source texts in %s (seed %d) in %.1f s%n", n,
                n * ACTORS_PER_DOCUMENT, n, out, seed, (System.nanoTime() - started) / 1e9);
    }

    /** Writes the corpus, refusing a folder that already holds corpus files (nothing is overwritten). */
    public void write() throws IOException {
        for (String dir : List.of("documents", "actors", "sources")) {
            Path folder = out.resolve(dir);
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new IOException(folder + " is not empty: generate into a new folder");
                    }
                }
            }
            Files.createDirectories(folder);
        }
        IntStream.range(0, documents).parallel().forEach(i -> {
            try {
                writeDocument(i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String documentSlug(int i) {
        return String.format("doc-%06d", i);
    }

    static String actorSlug(int actor) {
        return String.format("actor-%07d", actor);
    }

    private static String actorNameEn(int actor) {
        return (actor % 2 == 0 ? "Institute " : "Researcher ") + actor;
    }

    private static String actorNameZh(int actor) {
        StringBuilder digits = new StringBuilder();
        for (char c : Integer.toString(actor).toCharArray()) {
            digits.append(ZH_DIGITS[c - '0']);
        }
        return (actor % 2 == 0 ? "研究院" : "研究员") + digits;
    }

    private void writeDocument(int i) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        boolean zh = i % 3 == 0;
        String slug = documentSlug(i);
        int firstActor = i * ACTORS_PER_DOCUMENT;
        for (int a = firstActor; a < firstActor + ACTORS_PER_DOCUMENT; a++) {
            write(out.resolve("actors/" + actorSlug(a) + ".yaml"), "slug: " + actorSlug(a) + "\n"
                    + "kind: " + (a % 2 == 0 ? "organisation" : "person") + "\n"
                    + "name:\n  en: " + q(actorNameEn(a)) + "\n  zh: " + q(actorNameZh(a)) + "\n");
        }
        Text text = new Text();
        String titleEn = "Synthetic proposal " + i + " on " + words(random, EN_WORDS, 3, " ");
        String titleZh = "关于" + words(random, ZH_WORDS, 3, "") + "的合成提案" + i;
        text.line(zh ? titleZh : titleEn);
        text.line("");
        StringBuilder yaml = new StringBuilder();
        yaml.append("slug: ").append(slug).append('\n');
        yaml.append("kind: ").append(KINDS[random.nextInt(KINDS.length)]).append('\n');
        yaml.append("language: ").append(zh ? "zh" : "en").append('\n');
        yaml.append("title:\n  en: ").append(q(titleEn)).append('\n');
        if (zh) {
            yaml.append("  original: ").append(q(titleZh)).append('\n');
        }
        yaml.append("published: ").append(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000))).append('\n');
        yaml.append("authors: [").append(actorSlug(firstActor)).append("]\n");
        yaml.append("source-text: ").append(slug).append(".txt\n");
        yaml.append("summary:\n  en: ").append(q("A synthetic document for benchmarks, about "
                + words(random, EN_WORDS, 4, " ") + ".")).append('\n');
        if (i > 0 && random.nextInt(10) == 0) {
            yaml.append("links:\n  - relation: responds-to\n    target: ").append(documentSlug(random.nextInt(i)))
                    .append('\n');
        }

        int measureCount = random.nextInt(10) < 4 ? 3 : 2;
        MeasureType[] types = MeasureType.values();
        yaml.append("measures:\n");
        List<String> ownMeasures = new ArrayList<>();
        for (int m = 0; m < measureCount; m++) {
            MeasureType type = types[random.nextInt(types.length)];
            String measure = slug + "-m" + m;
            ownMeasures.add(measure);
            yaml.append("  - slug: ").append(measure).append('\n');
            yaml.append("    type: ").append(type.code()).append('\n');
            yaml.append("    name:\n      en: ").append(q(type.labelEn() + " " + i + "." + m)).append('\n');
            yaml.append("      zh: ").append(q(type.labelZh() + " " + i + "." + m)).append('\n');
            if (type == MeasureType.MORATORIUM) {
                yaml.append("    parameters:\n      duration-months: ").append(new int[] { 3, 6, 12, 24 }[random.nextInt(4)])
                        .append('\n');
            }
        }

        // Signatories: the document's two new actors and up to 18 distinct earlier ones.
        Set<Integer> signatories = new LinkedHashSet<>();
        signatories.add(firstActor);
        signatories.add(firstActor + 1);
        boolean large = largeLetter > 0 && i == documents - 1;
        int wanted = Math.min(SIGNATURES_PER_DOCUMENT, firstActor + ACTORS_PER_DOCUMENT);
        while (signatories.size() < wanted) {
            signatories.add(random.nextInt(firstActor));
        }
        for (int a = 0; large && a < largeLetter; a++) {
            signatories.add(a);
        }

        // Positions: the document's own on each of its measures (two quotes each), then two or three
        // by signatories, the second on an earlier document's measure where there is one.
        yaml.append("positions:\n");
        for (String measure : ownMeasures) {
            int stance = 2; // proposes
            yaml.append("  - measure: ").append(measure).append("\n    stance: ").append(STANCES[stance])
                    .append("\n    evidence:\n");
            for (int e = 0; e < 2; e++) {
                evidence(yaml, text, random, zh, stance, measure + " (" + e + ")");
            }
        }
        List<Integer> signers = new ArrayList<>(signatories);
        int actorPositions = random.nextInt(10) < 2 ? 3 : 2;
        Set<String> taken = new LinkedHashSet<>();
        for (int p = 0; p < actorPositions; p++) {
            int actor = signers.get(random.nextInt(signers.size()));
            String measure = p == 1 && i > 0 ? documentSlug(random.nextInt(i)) + "-m" + random.nextInt(2)
                    : ownMeasures.get(random.nextInt(ownMeasures.size()));
            if (!taken.add(actor + " " + measure)) {
                continue;
            }
            int stance = random.nextInt(STANCES.length);
            yaml.append("  - measure: ").append(measure).append("\n    actor: ").append(actorSlug(actor))
                    .append("\n    stance: ").append(STANCES[stance]).append("\n    evidence:\n");
            int quotes = 2 + random.nextInt(2);
            for (int e = 0; e < quotes; e++) {
                evidence(yaml, text, random, zh, stance, measure + " (" + actorNameEn(actor) + ", " + e + ")");
            }
        }
        for (int actor : large ? signers : List.<Integer>of()) {
            String measure = ownMeasures.get(0);
            if (!taken.add(actor + " " + measure)) {
                continue;
            }
            int stance = actor % 3 == 0 ? 1 : 0; // opposes, else supports: two groups across the pages
            yaml.append("  - measure: ").append(measure).append("\n    actor: ").append(actorSlug(actor))
                    .append("\n    stance: ").append(STANCES[stance]).append("\n    evidence:\n");
            evidence(yaml, text, random, zh, stance, measure + " (" + actorNameEn(actor) + ")");
        }

        text.line("");
        text.line(zh ? "签署人：" : "Signatories:");
        yaml.append("signatures:\n");
        for (int actor : signers) {
            String role = actor == firstActor ? "initiated" : "signed";
            String line = zh ? actorNameZh(actor) + "，" + words(random, ZH_WORDS, 2, "") + "机构"
                    : actorNameEn(actor) + ", " + words(random, EN_WORDS, 2, " ") + " lab";
            int at = text.line(line);
            yaml.append("  - actor: ").append(actorSlug(actor)).append("\n    role: ").append(role)
                    .append("\n    evidence:\n      - quote: ").append(q(line)).append("\n        lines: \"")
                    .append(at).append("\"\n");
            if (zh) {
                yaml.append("        translation: ").append(q(actorNameEn(actor) + ", signatory")).append('\n');
            }
        }

        write(out.resolve("sources/" + slug + ".txt"), text.toString());
        write(out.resolve("sources/" + slug + ".yaml"), "provenance: " + q("Synthetic text written by the Concordance "
                + "corpus generator (seed " + seed + ") for benchmarks; it is no real source.") + "\n");
        write(out.resolve("documents/" + slug + ".yaml"), yaml.toString());
    }

    /** One quoted line of the text: a stance sentence, quoted in part (its first clause) or whole. */
    private static void evidence(StringBuilder yaml, Text text, SplittableRandom random, boolean zh, int stance,
            String about) {
        String clause = zh ? ZH_STANCE_LINES[stance] + words(random, ZH_WORDS, 4, "") + "（" + about + "）"
                : EN_STANCE_LINES[stance] + " " + words(random, EN_WORDS, 6, " ") + " (" + about + ")";
        String rest = zh ? "，并" + words(random, ZH_WORDS, 5, "") + "。" : ", and " + words(random, EN_WORDS, 8, " ") + ".";
        int at = text.line(clause + rest);
        String quote = random.nextBoolean() ? clause : clause + rest;
        yaml.append("      - quote: ").append(q(quote)).append("\n        lines: \"").append(at).append("\"\n");
        if (zh) {
            yaml.append("        translation: ").append(q("Synthetic sentence about " + about)).append('\n');
        }
    }

    private static String words(SplittableRandom random, String[] pool, int n, String separator) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                s.append(separator);
            }
            s.append(pool[random.nextInt(pool.length)]);
        }
        return s.toString();
    }

    /** A YAML double-quoted scalar. */
    private static String q(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A source text built line by line; {@link #line} returns the 1-based number of the line it added. */
    private static final class Text {
        private final StringBuilder content = new StringBuilder();
        private int lines;

        int line(String line) {
            content.append(line).append('\n');
            return ++lines;
        }

        @Override
        public String toString() {
            return content.toString();
        }
    }
}
