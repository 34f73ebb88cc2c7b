package org.concordance.compare;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.concordance.Coded;
import org.concordance.corpus.Binder;
import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.Stricter;
import org.concordance.compare.Views.ParameterRow;
import org.concordance.compare.Views.ParameterSummary;
import org.concordance.compare.Views.ValueCount;
import org.concordance.compare.Views.ParameterValue;

/**
 * Compares the typed parameters of measures of one type, field by field: which agree, which
 * differ, which a source leaves unstated, and, for ordered fields ({@link Stricter}), which
 * variants are the strictest.
 */
final class ParameterComparison {

    /** Sorts above every finite number: an indefinite duration. */
    private static final BigDecimal UNBOUNDED = new BigDecimal("1e30");

    private ParameterComparison() {
    }

    static List<ParameterRow> compare(MeasureType type, List<MeasureFacts> measures) {
        List<ParameterRow> rows = new ArrayList<>();
        for (RecordComponent c : type.parametersType().getRecordComponents()) {
            Stricter stricter = c.getAnnotation(Stricter.class);
            List<ParameterValue> values = new ArrayList<>();
            List<Comparable<?>> ranks = new ArrayList<>();
            for (MeasureFacts m : measures) {
                Stated v = stated(type, c, m);
                values.add(new ParameterValue(m.slug(), v.value(), v.display()));
                ranks.add(v.rank());
            }
            rows.add(new ParameterRow(Binder.key(c.getName()), stricter != null, consensus(values), values,
                    stricter == null ? List.of() : strictest(values, ranks)));
        }
        return rows;
    }

    /** One variant's value of one parameter: {@code key} compares equal values (0.33 and 0.330) as one. */
    private record Stated(Object value, String display, Object key, Comparable<?> rank) {
    }

    private static Stated stated(MeasureType type, RecordComponent c, MeasureFacts m) {
        Stricter stricter = c.getAnnotation(Stricter.class);
        boolean unbounded = stricter != null && !stricter.unboundedWhen().isEmpty()
                && Boolean.TRUE.equals(read(sibling(type, stricter.unboundedWhen()), m.parameters()));
        if (unbounded) {
            return new Stated(Unbounded.UNBOUNDED, "indefinite", Unbounded.UNBOUNDED, UNBOUNDED);
        }
        Object value = read(c, m.parameters());
        return new Stated(value, display(value), key(value), stricter == null ? null : rank(value));
    }

    /** Every parameter of the type summarised over all {@code measures}, bounded whatever their number. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static List<ParameterSummary> summarise(MeasureType type, List<MeasureFacts> measures) {
        List<MeasureFacts> bySlug = measures.stream().sorted(Comparator.comparing(MeasureFacts::slug)).toList();
        List<ParameterSummary> out = new ArrayList<>();
        for (RecordComponent c : type.parametersType().getRecordComponents()) {
            boolean ordered = c.getAnnotation(Stricter.class) != null;
            Map<Object, Tally> tallies = new LinkedHashMap<>();
            int silent = 0;
            for (MeasureFacts m : bySlug) {
                Stated v = stated(type, c, m);
                if (v.value() == null) {
                    silent++;
                } else {
                    tallies.computeIfAbsent(v.key(), k -> new Tally(v)).add(m.slug());
                }
            }
            List<Tally> sorted = new ArrayList<>(tallies.values());
            Comparator<Tally> order = ordered
                    ? Comparator.comparing((Tally t) -> (Comparable) t.first.rank(), Comparator.reverseOrder())
                    : Comparator.comparingInt((Tally t) -> -t.count).thenComparing(t -> t.first.display());
            sorted.sort(order);
            List<ValueCount> values = sorted.stream().limit(ComparisonEngine.VALUES_SHOWN).map(Tally::view).toList();
            int stated = bySlug.size() - silent;
            out.add(new ParameterSummary(Binder.key(c.getName()), ordered, consensus(tallies.size(), silent), stated, silent,
                    tallies.size(), values,
                    ordered && tallies.size() > 1 ? values.get(0) : null));
        }
        return out;
    }

    /** Every parameter value of one measure, in the order of its type's parameters ("unbounded" for an indefinite duration). */
    static List<ParameterValue> values(MeasureFacts m) {
        List<ParameterValue> out = new ArrayList<>();
        for (RecordComponent c : m.type().parametersType().getRecordComponents()) {
            Stated v = stated(m.type(), c, m);
            out.add(new ParameterValue(m.slug(), v.value(), v.display()));
        }
        return out;
    }

    /** The parameters on which {@code measure} holds the strictest value of its type ({@code summary} of that type). */
    static List<String> strictestOn(MeasureType type, List<ParameterSummary> summary, MeasureFacts measure) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.parametersType().getRecordComponents()) {
            String key = Binder.key(c.getName());
            summary.stream().filter(s -> s.parameter().equals(key) && s.strictest() != null).findFirst().ifPresent(s -> {
                Stated v = stated(type, c, measure);
                if (v.value() != null && v.key().equals(key(s.strictest().value()))) {
                    out.add(key);
                }
            });
        }
        return out;
    }

    /** The variants stating one value, in slug order. */
    private static final class Tally {
        final Stated first;
        int count;
        final List<String> examples = new ArrayList<>();

        Tally(Stated first) {
            this.first = first;
        }

        void add(String slug) {
            count++;
            if (examples.size() < ComparisonEngine.EXAMPLES) {
                examples.add(slug);
            }
        }

        ValueCount view() {
            return new ValueCount(first.value(), first.display(), count, List.copyOf(examples));
        }
    }

    static Consensus consensus(List<ParameterValue> values) {
        Set<Object> stated = new HashSet<>();
        int silent = 0;
        for (ParameterValue v : values) {
            if (v.value() == null) {
                silent++;
            } else {
                stated.add(key(v.value()));
            }
        }
        return consensus(stated.size(), silent);
    }

    /** From how many distinct values are stated and how many variants are silent. */
    static Consensus consensus(int distinct, int silent) {
        if (distinct == 0) {
            return Consensus.UNSTATED;
        }
        if (distinct > 1) {
            return Consensus.DIFFER;
        }
        return silent == 0 ? Consensus.AGREE : Consensus.PARTIAL;
    }

    /** What compares a value with another: 0.33 and 0.330 are the same share. */
    private static Object key(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    }

    /** The variants holding the greatest rank, when at least two ranks differ; else none. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static List<String> strictest(List<ParameterValue> values, List<Comparable<?>> ranks) {
        Comparable best = null;
        Set<Object> distinct = new HashSet<>();
        for (Comparable r : ranks) {
            if (r != null) {
                distinct.add(r);
                if (best == null || r.compareTo(best) > 0) {
                    best = r;
                }
            }
        }
        if (distinct.size() < 2) {
            return List.of();
        }
        List<String> top = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (ranks.get(i) != null && ((Comparable) ranks.get(i)).compareTo(best) == 0) {
                top.add(values.get(i).measure());
            }
        }
        return top;
    }

    private static Comparable<?> rank(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros(); // 0.33 and 0.330 are the same share
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof Enum<?> e) {
            return BigDecimal.valueOf(e.ordinal());
        }
        throw new IllegalStateException("@Stricter on a parameter without an order: " + value.getClass());
    }

    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return Objects.toString(value);
    }

    private static RecordComponent sibling(MeasureType type, String name) {
        for (RecordComponent c : type.parametersType().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException(type + " has no parameter " + name);
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return record == null ? null : c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
