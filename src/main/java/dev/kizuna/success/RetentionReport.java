package dev.kizuna.success;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Seed 003's figures, counted per customer (a customer with several contracts counts once), as pure arithmetic:
 * <ul>
 * <li>continuation rate (継続利用率) of a month: of the customers running on its first day, the share still running
 * on its last day;</li>
 * <li>by start cohort: of the customers whose first contract started in a month, the share running at the end of
 * each following month;</li>
 * <li>revenue per client: the monthly amounts running at a month's end ÷ the customers running then (yearly
 * contracts count a twelfth).</li>
 * </ul>
 * Rates are in tenths of a percent (985 = 98.5%), rounded half up; none when there is no one to count.
 */
public record RetentionReport(List<Month> months, List<Cohort> cohorts) {

    public record Month(YearMonth month, int runningAtStart, int churned, Integer continuationPermille,
            int runningAtEnd, Long revenuePerClient) {
    }

    public record Cohort(YearMonth started, int customers, List<Integer> stillRunningPermille) {
    }

    static RetentionReport of(Collection<ContractFact> facts, YearMonth from, YearMonth to) {
        // Month index 0 is the month before the range: its end is the first month's start.
        YearMonth base = from.minusMonths(1);
        int span = (int) base.until(to, ChronoUnit.MONTHS) + 1;
        LocalDate[] ends = new LocalDate[span];
        for (int i = 0; i < span; i++) {
            ends[i] = base.plusMonths(i).atEndOfMonth();
        }
        Map<UUID, BitSet> runningAtEnd = new HashMap<>();
        long[] revenue = new long[span];
        for (ContractFact f : facts) {
            // A contract runs from its start to its churn: active at the end of each month in between, no other.
            int i = (int) Math.max(0, base.until(YearMonth.from(f.startsOn()), ChronoUnit.MONTHS));
            if (i >= span || !f.activeOn(ends[i])) {
                continue;
            }
            BitSet months = runningAtEnd.computeIfAbsent(f.companyId(), k -> new BitSet(span));
            boolean fixedAmount = f.amounts().size() == 1;
            long monthly = f.amounts().getFirst().monthly();
            for (; i < span && f.activeOn(ends[i]); i++) {
                months.set(i);
                revenue[i] += fixedAmount ? monthly : f.monthlyOn(ends[i]);
            }
        }
        int[] running = new int[span];
        int[] kept = new int[span];
        for (BitSet months : runningAtEnd.values()) {
            for (int i = months.nextSetBit(0); i >= 0; i = months.nextSetBit(i + 1)) {
                running[i]++;
                if (i + 1 < span && months.get(i + 1)) {
                    kept[i + 1]++;
                }
            }
        }
        List<Month> months = new ArrayList<>();
        for (int i = 1; i < span; i++) {
            int atStart = running[i - 1];
            months.add(new Month(base.plusMonths(i), atStart, atStart - kept[i], permille(kept[i], atStart),
                    running[i], running[i] == 0 ? null : revenue[i] / running[i]));
        }
        return new RetentionReport(months, cohorts(facts, base, span, runningAtEnd));
    }

    /** Customers by the month of their first contract in the range, and the share still running each month after. */
    private static List<Cohort> cohorts(Collection<ContractFact> facts, YearMonth base, int span,
            Map<UUID, BitSet> runningAtEnd) {
        Map<UUID, LocalDate> firstStart = new HashMap<>();
        facts.forEach(f -> firstStart.merge(f.companyId(), f.startsOn(), (a, b) -> a.isBefore(b) ? a : b));
        Map<YearMonth, int[]> stillRunning = new TreeMap<>();
        Map<YearMonth, Integer> sizes = new HashMap<>();
        firstStart.forEach((company, start) -> {
            YearMonth cohort = YearMonth.from(start);
            int from = (int) base.until(cohort, ChronoUnit.MONTHS);
            if (from < 1 || from >= span) {
                return;
            }
            sizes.merge(cohort, 1, Integer::sum);
            int[] counts = stillRunning.computeIfAbsent(cohort, k -> new int[span]);
            BitSet months = runningAtEnd.getOrDefault(company, new BitSet());
            for (int i = months.nextSetBit(from); i >= 0; i = months.nextSetBit(i + 1)) {
                counts[i]++;
            }
        });
        List<Cohort> cohorts = new ArrayList<>();
        stillRunning.forEach((cohort, counts) -> {
            int size = sizes.get(cohort);
            List<Integer> shares = new ArrayList<>();
            for (int i = (int) base.until(cohort, ChronoUnit.MONTHS); i < span; i++) {
                shares.add(permille(counts[i], size));
            }
            cohorts.add(new Cohort(cohort, size, List.copyOf(shares)));
        });
        return cohorts;
    }

    static Integer permille(long part, long whole) {
        return whole == 0 ? null : (int) ((part * 2000 + whole) / (2 * whole));
    }
}
