package dev.kizuna.success;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<YearMonth, Set<UUID>> runningAtEnd = new TreeMap<>();
        for (YearMonth m = from.minusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
            runningAtEnd.put(m, running(facts, m.atEndOfMonth()));
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate last = m.atEndOfMonth();
            Set<UUID> atStart = runningAtEnd.get(m.minusMonths(1));
            Set<UUID> atEnd = runningAtEnd.get(m);
            int kept = (int) atStart.stream().filter(atEnd::contains).count();
            long revenue = facts.stream().filter(f -> f.activeOn(last)).mapToLong(f -> f.monthlyOn(last)).sum();
            months.add(new Month(m, atStart.size(), atStart.size() - kept, permille(kept, atStart.size()),
                    atEnd.size(), atEnd.isEmpty() ? null : revenue / atEnd.size()));
        }
        return new RetentionReport(months, cohorts(facts, from, to, runningAtEnd));
    }

    private static List<Cohort> cohorts(Collection<ContractFact> facts, YearMonth from, YearMonth to,
            Map<YearMonth, Set<UUID>> runningAtEnd) {
        Map<UUID, LocalDate> firstStart = new LinkedHashMap<>();
        facts.forEach(f -> firstStart.merge(f.companyId(), f.startsOn(), (a, b) -> a.isBefore(b) ? a : b));
        Map<YearMonth, List<UUID>> byCohort = new TreeMap<>();
        firstStart.forEach((company, start) -> {
            YearMonth cohort = YearMonth.from(start);
            if (!cohort.isBefore(from) && !cohort.isAfter(to)) {
                byCohort.computeIfAbsent(cohort, k -> new ArrayList<>()).add(company);
            }
        });
        List<Cohort> cohorts = new ArrayList<>();
        byCohort.forEach((cohort, companies) -> {
            List<Integer> shares = new ArrayList<>();
            for (YearMonth m = cohort; !m.isAfter(to); m = m.plusMonths(1)) {
                Set<UUID> running = runningAtEnd.get(m);
                shares.add(permille((int) companies.stream().filter(running::contains).count(), companies.size()));
            }
            cohorts.add(new Cohort(cohort, companies.size(), List.copyOf(shares)));
        });
        return cohorts;
    }

    private static Set<UUID> running(Collection<ContractFact> facts, LocalDate day) {
        Set<UUID> running = new HashSet<>();
        facts.stream().filter(f -> f.activeOn(day)).forEach(f -> running.add(f.companyId()));
        return running;
    }

    static Integer permille(long part, long whole) {
        return whole == 0 ? null : (int) ((part * 2000 + whole) / (2 * whole));
    }
}
