package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.measure.MeasureType;
import org.concordance.position.Basis;

/**
 * What the corpus covers, for curators and reviewers: per document, the stance it takes on each
 * measure type with its evidence count; per actor, every position and signature; per measure
 * type, how many measures, documents and actors. {@code ./mvnw -q compile exec:java@coverage}.
 */
public final class CoverageReport {

    /** One stance of one holder on one measure, flattened for reporting. */
    record Line(String holder, String recordedIn, String measure, MeasureType type, String stance, boolean derived,
            int quotes) {
    }

    private final Corpus corpus;
    private final Map<String, MeasureEntry> measures = new HashMap<>();

    public CoverageReport(Corpus corpus) {
        this.corpus = corpus;
        corpus.documents().forEach(d -> nullSafe(d.measures()).forEach(m -> measures.put(m.slug().value(), m)));
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CorpusReader.Result result = new CorpusReader(Path.of(args.length > 0 ? args[0] : "proposals")).read();
        if (!result.ok()) {
            result.problems().forEach(out::println);
            System.exit(1);
        }
        out.print(new CoverageReport(result.corpus()).render());
    }

    public String render() {
        List<Line> lines = lines();
        StringBuilder b = new StringBuilder();
        b.append("Corpus coverage: ").append(corpus.summary()).append("\n\n== Documents: their own stance per measure type\n");
        for (DocumentFile d : sorted(corpus.documents())) {
            b.append(String.format("%n%s [%s, %s] %s%n", d.slug().value(), d.kind().code(), d.language(), d.title().en()));
            List<Line> own = lines.stream().filter(l -> l.holder.equals(d.slug().value())).toList();
            if (own.isEmpty()) {
                b.append("  (no position of its own)\n");
            }
            for (Line l : own) {
                b.append(String.format("  %-26s %-13s %-42s %d quote(s)%n", l.type.code(), l.stance, l.measure, l.quotes));
            }
            long reported = lines.stream().filter(l -> l.recordedIn.equals(d.slug().value()) && !l.holder.equals(l.recordedIn)).count();
            long signatures = nullSafe(d.signatures()).size();
            if (reported + signatures > 0) {
                b.append(String.format("  reports %d actor position(s) and %d signature(s)%n", reported, signatures));
            }
        }
        b.append("\n== Actors: positions and signatures\n");
        Set<String> withAnything = new HashSet<>();
        for (ActorFile a : corpus.actors().stream().sorted(Comparator.comparing(a -> a.slug().value())).toList()) {
            String slug = a.slug().value();
            List<Line> held = lines.stream().filter(l -> l.holder.equals(slug)).toList();
            List<String> signed = new ArrayList<>();
            for (DocumentFile d : corpus.documents()) {
                for (SignatureEntry s : nullSafe(d.signatures())) {
                    if (s.actor().value().equals(slug)) {
                        signed.add(String.format("%s %s (recorded in %s, %d quote(s))", s.role().code(),
                                s.document() == null ? d.slug().value() : s.document().value(), d.slug().value(),
                                s.evidence().size()));
                    }
                }
            }
            b.append(String.format("%n%s (%s%s)%n", slug, a.name().en(), a.name().zh() == null ? "" : " / " + a.name().zh()));
            for (Line l : held) {
                b.append(String.format("  %-13s %-42s %-26s in %s, %d quote(s)%s%n", l.stance, l.measure, l.type.code(),
                        l.recordedIn, l.quotes, l.derived ? ", derived from signature" : ""));
            }
            signed.forEach(s -> b.append("  signature: ").append(s).append('\n'));
            if (held.isEmpty() && signed.isEmpty()) {
                b.append("  (no position or signature: author or publisher only)\n");
            } else {
                withAnything.add(slug);
            }
        }
        b.append("\n== Measure types\n");
        Map<MeasureType, List<Line>> byType = new EnumMap<>(MeasureType.class);
        lines.forEach(l -> byType.computeIfAbsent(l.type, t -> new ArrayList<>()).add(l));
        for (MeasureType t : MeasureType.values()) {
            List<Line> ls = byType.getOrDefault(t, List.of());
            long measureCount = measures.values().stream().filter(m -> m.type() == t).count();
            Map<String, Long> stances = new TreeMap<>();
            ls.forEach(l -> stances.merge(l.stance, 1L, Long::sum));
            b.append(String.format("  %-26s %s %2d measure(s), %2d position(s), %3d quote(s) %s%n", t.code(),
                    t.core() ? "*" : " ", measureCount, ls.size(), ls.stream().mapToInt(Line::quotes).sum(), stances));
        }
        b.append("  (* = one of the six first-class types)\n");
        return b.toString();
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (DocumentFile d : corpus.documents()) {
            for (PositionEntry p : nullSafe(d.positions())) {
                MeasureEntry m = measures.get(p.measure().value());
                lines.add(new Line(p.actor() == null ? d.slug().value() : p.actor().value(), d.slug().value(),
                        p.measure().value(), m.type(), p.stance().code(), p.basis() == Basis.SIGNATURE, p.evidence().size()));
            }
        }
        return lines;
    }

    private static List<DocumentFile> sorted(List<DocumentFile> documents) {
        return documents.stream().sorted(Comparator.comparing(d -> d.slug().value())).toList();
    }
}
