package org.concordance.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.concordance.compare.Views.DatedCount;
import org.concordance.compare.Views.HistoryStep;
import org.concordance.compare.Views.StanceHistory;
import org.concordance.compare.Views.SupportOverTime;
import org.concordance.compare.Views.TimeBucket;
import org.concordance.compare.Views.TypeHistory;
import org.concordance.measure.MeasureType;
import org.concordance.position.Stance;

/** Stances over time: an actor's history per measure type, and a type's support and opposition by period. */
final class History {

    private History() {
    }

    /** Date order; on one date, by the document that records the position, then the measure (as the actor's timeline). */
    static final Comparator<PositionFacts> BY_DATE = Comparator.comparing(PositionFacts::date)
            .thenComparing(PositionFacts::recordedIn).thenComparing(PositionFacts::measure).thenComparing(PositionFacts::id);

    static StanceHistory of(String actor, List<PositionFacts> positions) {
        Map<MeasureType, List<PositionFacts>> byType = new EnumMap<>(MeasureType.class);
        positions.stream().filter(p -> p.byActor() && p.holder().equals(actor) && !p.reported())
                .forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
        List<TypeHistory> types = new ArrayList<>();
        byType.forEach((type, own) -> types.add(type(type, own)));
        return new StanceHistory(actor, types);
    }

    private static TypeHistory type(MeasureType type, List<PositionFacts> own) {
        List<PositionFacts> dated = own.stream().filter(p -> p.date() != null).sorted(BY_DATE).toList();
        // Per date, the leanings for or against taken on it: a reversal needs one leaning on its date
        // and the opposite one alone on the latest earlier date with any (the order within a date is unknown).
        TreeMap<LocalDate, Set<Leaning>> sides = new TreeMap<>();
        for (PositionFacts p : dated) {
            Leaning l = Leaning.of(p.stance());
            if (sided(l)) {
                sides.computeIfAbsent(p.date(), d -> EnumSet.noneOf(Leaning.class)).add(l);
            }
        }
        List<HistoryStep> steps = new ArrayList<>();
        Set<LocalDate> flaggedOn = new java.util.HashSet<>();
        int reversals = 0;
        // per measure, the leanings taken on dates before the current one (those of the current date wait in today)
        Map<String, Set<Leaning>> before = new java.util.HashMap<>();
        Map<String, Set<Leaning>> today = new java.util.HashMap<>();
        LocalDate current = null;
        for (PositionFacts p : dated) {
            if (!p.date().equals(current)) {
                today.forEach((m, ls) -> before.computeIfAbsent(m, k -> EnumSet.noneOf(Leaning.class)).addAll(ls));
                today.clear();
                current = p.date();
            }
            Leaning l = Leaning.of(p.stance());
            today.computeIfAbsent(p.measure(), k -> EnumSet.noneOf(Leaning.class)).add(l);
            boolean reversal = false;
            if (sided(l) && sides.get(p.date()).size() == 1 && !flaggedOn.contains(p.date())) {
                Map.Entry<LocalDate, Set<Leaning>> latest = sides.lowerEntry(p.date());
                reversal = latest != null && latest.getValue().equals(EnumSet.of(opposite(l)));
            }
            HistoryStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (reversal) {
                flaggedOn.add(p.date());
                reversals++;
                boolean sameMeasure = before.getOrDefault(p.measure(), Set.of()).contains(opposite(l));
                steps.add(new HistoryStep(p.stance(), l, p, p, 1, true, opposite(l), sameMeasure));
            } else if (last != null && last.stance() == p.stance()) {
                steps.set(steps.size() - 1, new HistoryStep(last.stance(), last.leaning(), last.first(), p, last.positions() + 1,
                        last.reversal(), last.reversedFrom(), last.sameMeasure()));
            } else {
                steps.add(new HistoryStep(p.stance(), l, p, p, 1, false, null, false));
            }
        }
        int earlier = Math.max(0, steps.size() - ComparisonEngine.HISTORY_STEPS);
        Comparator<PositionFacts> undatedOrder = Comparator.comparing(PositionFacts::recordedIn)
                .thenComparing(PositionFacts::measure).thenComparing(PositionFacts::id);
        List<HistoryStep> undated = new ArrayList<>();
        for (Stance s : ComparisonEngine.STANCE_PRIORITY) {
            List<PositionFacts> of = own.stream().filter(p -> p.date() == null && p.stance() == s).sorted(undatedOrder).toList();
            if (!of.isEmpty()) {
                undated.add(new HistoryStep(s, Leaning.of(s), of.get(0), of.get(of.size() - 1), of.size(), false, null, false));
            }
        }
        return new TypeHistory(type, own.size(), reversals, List.copyOf(steps.subList(earlier, steps.size())), earlier,
                List.copyOf(undated));
    }

    static boolean sided(Leaning l) {
        return l == Leaning.FOR || l == Leaning.AGAINST;
    }

    static Leaning opposite(Leaning l) {
        return l == Leaning.FOR ? Leaning.AGAINST : Leaning.FOR;
    }

    static SupportOverTime overTime(List<DatedCount> counts) {
        long undatedFor = 0;
        long undatedAgainst = 0;
        TreeMap<Integer, long[]> months = new TreeMap<>(); // year * 12 + month - 1
        for (DatedCount c : counts) {
            Leaning l = Leaning.of(c.stance());
            if (!sided(l)) {
                continue;
            }
            if (c.year() == null) {
                if (l == Leaning.FOR) {
                    undatedFor += c.positions();
                } else {
                    undatedAgainst += c.positions();
                }
                continue;
            }
            int key = c.year() * 12 + (c.month() == null ? 0 : c.month() - 1);
            months.computeIfAbsent(key, k -> new long[2])[l == Leaning.FOR ? 0 : 1] += c.positions();
        }
        boolean byYear = months.size() > ComparisonEngine.MAX_BUCKETS
                || counts.stream().anyMatch(c -> c.year() != null && c.month() == null);
        TreeMap<Integer, long[]> periods = months;
        if (byYear) {
            periods = new TreeMap<>();
            for (Map.Entry<Integer, long[]> e : months.entrySet()) {
                long[] y = periods.computeIfAbsent(Math.floorDiv(e.getKey(), 12), k -> new long[2]);
                y[0] += e.getValue()[0];
                y[1] += e.getValue()[1];
            }
        }
        List<TimeBucket> buckets = new ArrayList<>();
        long forTotal = 0;
        long againstTotal = 0;
        for (Map.Entry<Integer, long[]> e : periods.entrySet()) {
            forTotal += e.getValue()[0];
            againstTotal += e.getValue()[1];
            LocalDate start = byYear ? LocalDate.of(e.getKey(), 1, 1)
                    : LocalDate.of(Math.floorDiv(e.getKey(), 12), Math.floorMod(e.getKey(), 12) + 1, 1);
            String period = byYear ? String.valueOf(start.getYear()) : start.toString().substring(0, 7);
            buckets.add(new TimeBucket(period, start, e.getValue()[0], e.getValue()[1], forTotal, againstTotal));
        }
        return new SupportOverTime(byYear ? "year" : "month", List.copyOf(buckets), undatedFor, undatedAgainst);
    }
}
