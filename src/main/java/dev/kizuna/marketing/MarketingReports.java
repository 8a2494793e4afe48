package dev.kizuna.marketing;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.Check;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002's mission figures: customers per frequency stage and the moves between stages per month with the F2
 * conversion rate (of the month's first-time buyers, how many have bought again by now), and the 12-month LTV per
 * cohort (month of the first purchase) and overall against the goal. Rates are in permille (1000 = 100%).
 */
@Service
@Transactional(readOnly = true)
public class MarketingReports {

    static final int MAX_MONTHS = 36;

    private final MarketingReportRepository reports;
    private final MarketingSettingsRepository settings;
    private final CustomerStages stages;

    MarketingReports(MarketingReportRepository reports, MarketingSettingsRepository settings, CustomerStages stages) {
        this.reports = reports;
        this.settings = settings;
        this.stages = stages;
    }

    /** One month of moves: new customers (F0→F1), F1→F2, F2→F3, F3→F4, and the F2 conversion of its first buyers. */
    public record StageMonth(String month, long toF1, long toF2, long toF3, long toF4, long firstBuyers,
            long reachedF2, Integer f2ConversionPermille) {
    }

    public record StageReport(List<Long> customersByStage, List<StageMonth> months) {

        /** A stage's share of all customers, in whole percent (for a bar). */
        public long percent(long customers) {
            long total = customersByStage.stream().mapToLong(Long::longValue).sum();
            return total == 0 ? 0 : customers * 100 / total;
        }
    }

    public record LtvCohort(String month, long customers, Long averageLtv, Integer goalReachedPermille,
            long monthsElapsed, boolean complete) {
    }

    public record LtvReport(long goal, long completeCustomers, Long averageLtv, List<LtvCohort> cohorts) {

        /** A cohort's average LTV as a share of the goal, in whole percent up to 100 (for a bar). */
        public long percentOfGoal(LtvCohort c) {
            if (c.averageLtv() == null) {
                return 0;
            }
            return goal == 0 ? 100 : Math.min(100, c.averageLtv() * 100 / goal);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public StageReport stages(YearMonth from, YearMonth to) {
        verify(from, to);
        long[] d = reports.distribution();
        long withStage = d[1] + d[2] + d[3] + d[4];
        Map<String, long[]> reached = reports.reached(from.atDay(1), to.plusMonths(1).atDay(1));
        Map<String, MarketingReportRepository.Cohort> cohorts = byMonth(from, to);
        List<StageMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long[] r = reached.getOrDefault(m.toString(), new long[5]);
            var c = cohorts.get(m.toString());
            long buyers = c == null ? 0 : c.customers();
            long f2 = c == null ? 0 : c.reachedF2();
            months.add(new StageMonth(m.toString(), r[1], r[2], r[3], r[4], buyers, f2, permille(f2, buyers)));
        }
        return new StageReport(List.of(Math.max(0, d[0] - withStage), d[1], d[2], d[3], d[4]), months);
    }

    @PreAuthorize("isAuthenticated()")
    public LtvReport ltv(YearMonth from, YearMonth to) {
        verify(from, to);
        long goal = settings.get().ltvGoal();
        YearMonth now = YearMonth.from(stages.today());
        Map<String, MarketingReportRepository.Cohort> cohorts = byMonth(from, to);
        List<LtvCohort> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            var c = cohorts.get(m.toString());
            long elapsed = Math.max(0, m.until(now, ChronoUnit.MONTHS));
            long n = c == null ? 0 : c.customers();
            out.add(new LtvCohort(m.toString(), n, n == 0 ? null : c.ltvTotal() / n,
                    c == null ? null : permille(c.reachedGoal(), n), Math.min(elapsed, 12),
                    !stages.today().isBefore(m.plusYears(1).atEndOfMonth())));
        }
        long[] complete = reports.completeLtv(stages.today().minusYears(1).plusDays(1));
        return new LtvReport(goal, complete[0], complete[0] == 0 ? null : complete[1] / complete[0], out);
    }

    private Map<String, MarketingReportRepository.Cohort> byMonth(YearMonth from, YearMonth to) {
        Map<String, MarketingReportRepository.Cohort> out = new java.util.HashMap<>();
        reports.cohorts(from.atDay(1), to.plusMonths(1).atDay(1), settings.get().ltvGoal())
                .forEach(c -> out.put(c.month(), c));
        return out;
    }

    private static Integer permille(long part, long whole) {
        return whole == 0 ? null : (int) (part * 1000 / whole);
    }

    private static void verify(YearMonth from, YearMonth to) {
        Check.of().required("from", from).required("to", to)
                .failIf(from != null && to != null && to.isBefore(from), "to", "MarketingToBeforeFrom")
                .failIf(from != null && to != null && from.plusMonths(MAX_MONTHS - 1).isBefore(to), "to",
                        "MarketingTooManyMonths", MAX_MONTHS).verify();
    }
}
