package org.concordance.compare;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.concordance.Coded;
import org.concordance.corpus.Binder;
import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.Stricter;
import org.concordance.compare.Views.ParameterRow;
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
                Object value = read(c, m.parameters());
                boolean unbounded = stricter != null && !stricter.unboundedWhen().isEmpty()
                        && Boolean.TRUE.equals(read(sibling(type, stricter.unboundedWhen()), m.parameters()));
                if (unbounded) {
                    values.add(new ParameterValue(m.slug(), "unbounded", "indefinite"));
                    ranks.add(UNBOUNDED);
                } else {
                    values.add(new ParameterValue(m.slug(), value, display(value)));
                    ranks.add(stricter == null ? null : rank(value));
                }
            }
            rows.add(new ParameterRow(Binder.key(c.getName()), stricter != null, consensus(values), values,
                    stricter == null ? List.of() : strictest(values, ranks)));
        }
        return rows;
    }

    static Consensus consensus(List<ParameterValue> values) {
        Set<Object> stated = new HashSet<>();
        int silent = 0;
        for (ParameterValue v : values) {
            if (v.value() == null) {
                silent++;
            } else {
                stated.add(v.value() instanceof BigDecimal d ? d.stripTrailingZeros() : v.value());
            }
        }
        if (stated.isEmpty()) {
            return Consensus.UNSTATED;
        }
        if (stated.size() > 1) {
            return Consensus.DIFFER;
        }
        return silent == 0 ? Consensus.AGREE : Consensus.PARTIAL;
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
