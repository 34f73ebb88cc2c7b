package org.concordance.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.concordance.compare.Views.ActorAgreement;
import org.concordance.compare.Views.ActorTimeline;
import org.concordance.compare.Views.AgreementRow;
import org.concordance.compare.Views.Coalition;
import org.concordance.compare.Views.CoalitionGroup;
import org.concordance.compare.Views.Contradiction;
import org.concordance.compare.Views.DocumentComparison;
import org.concordance.compare.Views.Matrix;
import org.concordance.compare.Views.MatrixCell;
import org.concordance.compare.Views.MatrixRow;
import org.concordance.compare.Views.PairSimilarity;
import org.concordance.compare.Views.ParameterSummary;
import org.concordance.compare.Views.SharedType;
import org.concordance.compare.Views.UniqueTypes;
import org.concordance.measure.MeasureType;
import org.concordance.position.Stance;

/**
 * The comparison engine: plain Java, records in, records out. Callers hand it exactly the facts
 * a view needs (loaded in a constant number of queries); it never touches the database.
 */
public final class ComparisonEngine {

    /** How the document-similarity score is computed; shown with every comparison. */
    public static final String SIMILARITY_FORMULA = "Jaccard index of the measure types each document is for "
            + "(its own positions that propose, support or conditionally support a measure of that type): "
            + "|A ∩ B| / |A ∪ B|, 0 when both sets are empty; with more than two documents, the mean over all pairs.";

    /** The order in which a matrix cell picks the stance it shows when a document takes several. */
    public static final List<Stance> STANCE_PRIORITY = List.of(Stance.PROPOSES, Stance.SUPPORTS, Stance.CONDITIONAL,
            Stance.INSUFFICIENT, Stance.TOO_FAR, Stance.OPPOSES, Stance.DISCUSSES, Stance.NO_POSITION);

    private ComparisonEngine() {
    }

    /** How many stated values of one parameter a type comparison lists (the most telling first). */
    public static final int VALUES_SHOWN = 10;

    /** How many of the variants stating a value the comparison names. */
    public static final int EXAMPLES = 3;

    /**
     * Every parameter of a type across all its variants: agreement, how many variants state each
     * value, and the strictest value of an ordered parameter. The answer has the same size whether
     * the type has three variants or thirty thousand.
     */
    public static List<ParameterSummary> typeParameters(MeasureType type, List<MeasureFacts> measures) {
        return ParameterComparison.summarise(type, measures.stream().filter(m -> m.type() == type).toList());
    }

    /** One variant's parameter values, in the order of {@link #typeParameters}'s rows. */
    public static List<Views.ParameterValue> values(MeasureFacts variant) {
        return ParameterComparison.values(variant);
    }

    /** The parameters on which one variant holds the strictest value of {@code summary} (its type's). */
    public static List<String> strictestOn(List<ParameterSummary> summary, MeasureFacts variant) {
        return ParameterComparison.strictestOn(variant.type(), summary, variant);
    }

    /**
     * Who stands where on one measure, every stance listed (empty groups included). Stances known
     * only from a third party's account are not members of any group: they are listed apart.
     */
    public static Coalition coalition(String measure, List<PositionFacts> positions) {
        List<CoalitionGroup> groups = new ArrayList<>();
        for (Stance s : STANCE_PRIORITY) {
            groups.add(new CoalitionGroup(s, positions.stream()
                    .filter(p -> p.measure().equals(measure) && p.stance() == s && !p.reported())
                    .sorted(Comparator.comparing(PositionFacts::holder)).toList()));
        }
        List<PositionFacts> reported = positions.stream().filter(p -> p.measure().equals(measure) && p.reported())
                .sorted(BY_STANCE).toList();
        return new Coalition(measure, groups, reported);
    }

    /**
     * Two or more documents: measure types they share with parameter differences, types unique
     * to each, common signatories and a similarity score ({@link #SIMILARITY_FORMULA}).
     *
     * @param signatories for each document, the actors who signed or initiated it
     */
    public static DocumentComparison compareDocuments(List<String> documents, List<MeasureFacts> measures,
            List<PositionFacts> positions, Map<String, Set<String>> signatories) {
        Map<String, Set<MeasureType>> forTypes = new LinkedHashMap<>();
        Map<String, Set<MeasureType>> namedTypes = new LinkedHashMap<>();
        for (String d : documents) {
            List<PositionFacts> own = positions.stream().filter(p -> !p.byActor() && p.holder().equals(d)).toList();
            forTypes.put(d, own.stream().filter(p -> Leaning.of(p.stance()) == Leaning.FOR).map(PositionFacts::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(MeasureType.class))));
            namedTypes.put(d, own.stream().map(PositionFacts::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(MeasureType.class))));
        }
        Set<MeasureType> sharedTypes = EnumSet.allOf(MeasureType.class);
        namedTypes.values().forEach(sharedTypes::retainAll);
        List<SharedType> shared = new ArrayList<>();
        for (MeasureType t : sharedTypes) {
            List<MeasureFacts> involved = new ArrayList<>();
            for (String d : documents) {
                Set<String> taken = positions.stream().filter(p -> !p.byActor() && p.holder().equals(d) && p.type() == t)
                        .map(PositionFacts::measure).collect(Collectors.toCollection(TreeSet::new));
                measures.stream().filter(m -> taken.contains(m.slug()) && !involved.contains(m)).forEach(involved::add);
            }
            shared.add(new SharedType(t, involved, ParameterComparison.compare(t, involved)));
        }
        List<UniqueTypes> unique = new ArrayList<>();
        for (String d : documents) {
            Set<MeasureType> only = EnumSet.noneOf(MeasureType.class);
            only.addAll(namedTypes.get(d));
            namedTypes.forEach((other, types) -> {
                if (!other.equals(d)) {
                    only.removeAll(types);
                }
            });
            unique.add(new UniqueTypes(d, List.copyOf(only)));
        }
        Set<String> common = null;
        for (String d : documents) {
            Set<String> s = new TreeSet<>(signatories.getOrDefault(d, Set.of()));
            if (common == null) {
                common = s;
            } else {
                common.retainAll(s);
            }
        }
        List<PairSimilarity> pairs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            for (int j = i + 1; j < documents.size(); j++) {
                pairs.add(pair(documents.get(i), documents.get(j), forTypes));
            }
        }
        double mean = pairs.stream().mapToDouble(PairSimilarity::similarity).average().orElse(0);
        return new DocumentComparison(documents, shared, unique, common == null ? List.of() : List.copyOf(common),
                round(mean), pairs, SIMILARITY_FORMULA);
    }

    static PairSimilarity pair(String a, String b, Map<String, Set<MeasureType>> forTypes) {
        Set<MeasureType> both = EnumSet.noneOf(MeasureType.class);
        both.addAll(forTypes.get(a));
        both.retainAll(forTypes.get(b));
        Set<MeasureType> either = EnumSet.noneOf(MeasureType.class);
        either.addAll(forTypes.get(a));
        either.addAll(forTypes.get(b));
        double score = either.isEmpty() ? 0 : (double) both.size() / either.size();
        return new PairSimilarity(a, b, round(score), List.copyOf(both), List.copyOf(either));
    }

    /** Documents by measure types: each cell the document's own stance and its evidence count. */
    public static Matrix matrix(List<String> documents, List<PositionFacts> positions) {
        List<MeasureType> types = List.of(MeasureType.values());
        Map<String, Map<MeasureType, List<PositionFacts>>> grid = new LinkedHashMap<>();
        documents.forEach(d -> grid.put(d, new EnumMap<>(MeasureType.class)));
        for (PositionFacts p : positions) {
            Map<MeasureType, List<PositionFacts>> row = grid.get(p.holder());
            if (!p.byActor() && row != null) {
                row.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p);
            }
        }
        List<MatrixRow> rows = new ArrayList<>();
        grid.forEach((d, row) -> rows.add(new MatrixRow(d, types.stream().map(t -> cell(t, row.getOrDefault(t, List.of())))
                .toList())));
        return new Matrix(types, rows);
    }

    static MatrixCell cell(MeasureType type, List<PositionFacts> positions) {
        Set<Stance> stances = new LinkedHashSet<>();
        STANCE_PRIORITY.stream().filter(s -> positions.stream().anyMatch(p -> p.stance() == s)).forEach(stances::add);
        return new MatrixCell(type, stances.isEmpty() ? null : stances.iterator().next(), List.copyOf(stances),
                positions.size(), positions.stream().mapToInt(PositionFacts::evidence).sum());
    }

    /**
     * An actor's own positions in date order, with the pairs that contradict each other on one
     * measure; apart, what third parties report of the actor's stance (never a contradiction).
     */
    public static ActorTimeline actor(String actor, List<PositionFacts> positions) {
        Comparator<PositionFacts> byDate = Comparator.comparing(PositionFacts::date,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(PositionFacts::recordedIn).thenComparing(PositionFacts::measure);
        List<PositionFacts> own = positions.stream().filter(p -> p.byActor() && p.holder().equals(actor) && !p.reported())
                .sorted(byDate).toList();
        List<PositionFacts> reported = positions.stream().filter(p -> p.byActor() && p.holder().equals(actor) && p.reported())
                .sorted(byDate).toList();
        List<Contradiction> contradictions = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            for (int j = i + 1; j < own.size(); j++) {
                PositionFacts a = own.get(i);
                PositionFacts b = own.get(j);
                if (a.measure().equals(b.measure()) && opposite(Leaning.of(a.stance()), Leaning.of(b.stance()))) {
                    contradictions.add(new Contradiction(a.measure(), a, b));
                }
            }
        }
        return new ActorTimeline(actor, own, contradictions, reported);
    }

    /** How many dated steps of an actor's history on one measure type are kept: the latest. */
    public static final int HISTORY_STEPS = 20;

    /** The most periods a type's support over time has by month; with more dated months, it goes by year. */
    public static final int MAX_BUCKETS = 48;

    /**
     * An actor's own stances (third parties' accounts apart) on each measure type as a dated
     * sequence. The positions are ordered by the date of the document that records them (on one
     * date by that document, then the measure); consecutive positions with the same stance are
     * one step, with their count and the first and last of them. A step is a <em>reversal</em>
     * when its leaning ({@link Leaning}) is for or against, it is the only leaning for or against
     * on its date, and on the latest earlier date with a position for or against the actor took
     * only the opposite one: supports then opposes (or goes too far) is a reversal, and so is
     * supports, then discusses, then opposes; supports then supports with conditions is not (both
     * lean for), nor supports then does not go far enough (that wants more, not less), nor two
     * opposite stances on one date (their order is unknown). Only the first position of a date
     * that reverses is flagged. Undated positions have no place in the sequence: they are listed
     * apart, one step per stance, and never reverse anything. At most {@link #HISTORY_STEPS} dated
     * steps per type are kept (the latest); the number of reversals counts them all.
     * <p>
     * The contradictions of {@link #actor} are the other view of the same positions: every pair of
     * opposite leanings on one <em>measure</em>, dated or not, in no order. A reversal is ordered
     * and per <em>type</em>; {@code sameMeasure} says whether it is also such a pair.
     */
    public static Views.StanceHistory stanceHistory(String actor, List<PositionFacts> positions) {
        return History.of(actor, positions);
    }

    /**
     * Support and opposition of a type over time: per month (per year when the dated months are
     * more than {@link #MAX_BUCKETS}) the positions leaning for and against and their running
     * totals; the positions of undated documents counted apart, in no period.
     */
    public static Views.SupportOverTime supportOverTime(List<Views.DatedCount> counts) {
        return History.overTime(counts);
    }

    /** How often two actors lean the same way on the measures both took a position on. */
    public static ActorAgreement agreement(String a, String b, List<PositionFacts> positions) {
        Map<String, PositionFacts> ofA = latestByMeasure(a, positions);
        Map<String, PositionFacts> ofB = latestByMeasure(b, positions);
        List<AgreementRow> rows = new ArrayList<>();
        for (Map.Entry<String, PositionFacts> e : ofA.entrySet()) {
            PositionFacts pb = ofB.get(e.getKey());
            if (pb != null) {
                PositionFacts pa = e.getValue();
                rows.add(new AgreementRow(e.getKey(), pa.type(), pa.stance(), pb.stance(),
                        Leaning.of(pa.stance()) == Leaning.of(pb.stance())));
            }
        }
        int agreeing = (int) rows.stream().filter(AgreementRow::agree).count();
        return new ActorAgreement(a, b, rows, rows.size(), agreeing, rows.isEmpty() ? null : round((double) agreeing / rows.size()));
    }

    /** The latest stance per measure: dated positions in date order, an undated one only where none is dated. */
    private static Map<String, PositionFacts> latestByMeasure(String actor, List<PositionFacts> positions) {
        Map<String, PositionFacts> latest = new java.util.TreeMap<>();
        actor(actor, positions).positions().stream()
                .sorted(Comparator.comparing(PositionFacts::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))
                .forEach(p -> latest.put(p.measure(), p));
        return latest;
    }

    private static boolean opposite(Leaning a, Leaning b) {
        return (a == Leaning.FOR && b == Leaning.AGAINST) || (a == Leaning.AGAINST && b == Leaning.FOR);
    }

    private static final Comparator<PositionFacts> BY_STANCE = Comparator
            .comparing((PositionFacts p) -> STANCE_PRIORITY.indexOf(p.stance())).thenComparing(PositionFacts::holder);

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
