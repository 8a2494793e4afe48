package dev.kizuna.activities;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import dev.kizuna.bench.Measurement;
import dev.kizuna.customers.RequiredFields;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compliance ranking and the daily report at scale. Their baselines are the SQL statements the facades run,
 * sent straight through JdbcClient (no security, no transaction proxy, no assembling of the lines): what the
 * database costs, beside what Kizuna costs. One more scenario compares the rollups with the raw queries they
 * replaced.
 */
final class ExtraScenarios {

    private ExtraScenarios() {
    }

    static void add(List<Measurement> results, ApplicationContext context, JdbcClient jdbc, List<UUID> reps,
            int iterations, int activities) {
        Compliance compliance = context.getBean(Compliance.class);
        ActivityStatsRepository stats = context.getBean(ActivityStatsRepository.class);
        ActivityRollups rollups = context.getBean(ActivityRollups.class);
        ComplianceSnapshots snapshots = context.getBean(ComplianceSnapshots.class);
        String incomplete = context.getBean(RequiredFields.class).incompleteCondition();
        var reports = context.getBean(dev.kizuna.insights.DailyReports.class);
        // One team of 50 reps with its manager, as the daily report scenario has it.
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, manager_id) values (?, '営業一部', ?)").params(team, reps.getFirst()).update();
        for (UUID rep : reps.subList(0, Math.min(50, reps.size()))) {
            jdbc.sql("insert into team_member (team_id, user_id) values (?, ?)").params(team, rep).update();
        }
        LocalDate today = LocalDate.now(ActivityStats.BUSINESS_ZONE);
        Instant now = Instant.now();
        int rounds = Math.max(10, iterations / 10);

        CompliancePeriod lastMonth = CompliancePeriod.month(YearMonth.from(today).minusMonths(1));
        results.add(Measurement.of("compliance-ranking", "input compliance of all %d reps for last month (%s, finished: its last day's snapshot and the rollup)"
                        .formatted(reps.size(), lastMonth.label()), 3, rounds,
                () -> compliance.ranking(lastMonth),
                () -> {
                    snapshotRead(jdbc, lastMonth.to());
                    stats.loggedBy(lastMonth.start(), lastMonth.end());
                    rollups.timeliness(lastMonth.from(), lastMonth.to(), reps, 24);
                }, activities));

        CompliancePeriod thisMonth = CompliancePeriod.month(YearMonth.from(today));
        results.add(Measurement.of("compliance-ranking-live", "input compliance of all %d reps for this month so far (%s, live: last-activity dates and the rollup)"
                        .formatted(reps.size(), thisMonth.label()), 3, rounds,
                () -> compliance.ranking(thisMonth),
                () -> {
                    byOwner(jdbc, incomplete, reps, now, now.minus(Duration.ofDays(30)));
                    stats.overdueFollowUps(today, today.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant(), reps);
                    stats.loggedBy(thisMonth.start(), thisMonth.end());
                    rollups.timeliness(thisMonth.from(), thisMonth.to(), reps, 24);
                }, activities));

        LocalDate yesterday = today.minusDays(1);
        Instant endOfYesterday = today.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        results.add(Measurement.of("compliance-snapshot", "taking the snapshot of %s for %d reps (each night, or the first report to ask for the day): one probe per customer"
                        .formatted(yesterday, reps.size()), 1, Math.max(5, iterations / 40),
                () -> {
                    snapshots.dropFrom(yesterday);
                    snapshots.endOf(yesterday, 30, reps);
                },
                () -> {
                    stats.dormantCustomers(endOfYesterday, 30, reps);
                    stats.overdueFollowUps(today, endOfYesterday, reps);
                    byOwner(jdbc, incomplete, reps, endOfYesterday, endOfYesterday);
                }, activities));

        LocalDate day = reports.latestReportDay();
        List<LocalDate> covered = context.getBean(dev.kizuna.platform.calendar.BusinessCalendar.class).daysCoveredByReportOn(day);
        Instant from = covered.getFirst().atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        Instant to = day.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        CompliancePeriod soFar = new CompliancePeriod(YearMonth.from(covered.getLast()).atDay(1), covered.getLast());
        results.add(Measurement.of("daily-report", "the daily report of %s (a 50-rep team and %d reps in all, month-to-date compliance from the snapshot and the rollup)"
                        .formatted(day, reps.size()), 3, rounds,
                () -> reports.report(day),
                () -> {
                    stats.loggedBy(from, to);
                    rollups.counts(covered.getFirst(), covered.getLast(), reps);
                    stats.overdueFollowUps(day, to, reps);
                    snapshotRead(jdbc, soFar.to());
                    stats.loggedBy(soFar.start(), soFar.end());
                    rollups.timeliness(soFar.from(), soFar.to(), reps, 24);
                }, activities));

        results.add(Measurement.of("without-rollups", "for comparison: last month's timeliness from the raw activities (%s) against the rollup"
                        .formatted(lastMonth.label()), 3, rounds,
                () -> rawTimeliness(jdbc, lastMonth, reps, 24),
                () -> rollups.timeliness(lastMonth.from(), lastMonth.to(), reps, 24), activities));
    }

    private static void snapshotRead(JdbcClient jdbc, LocalDate day) {
        jdbc.sql("select user_id, customers, complete, dormant, overdue from compliance_snapshot where day = ?")
                .param(java.sql.Date.valueOf(day)).query((rs, n) -> 1).list();
    }

    private static void byOwner(JdbcClient jdbc, String incomplete, List<UUID> reps, Instant at, Instant since) {
        jdbc.sql("""
                select c.owner_id, count(*), count(*) filter (where not %s),
                       count(*) filter (where c.created_at < ? and (c.last_activity_at is null or c.last_activity_at < ?))
                  from company c where c.owner_id = any(?::uuid[]) and c.created_at < ? group by c.owner_id
                """.formatted(incomplete)).params(java.sql.Timestamp.from(since), java.sql.Timestamp.from(since),
                reps.stream().map(UUID::toString).toArray(String[]::new), java.sql.Timestamp.from(at))
                .query((rs, n) -> 1).list();
    }

    /** What timeliness cost before the rollup: a month of activities read through activity_user_idx. */
    private static void rawTimeliness(JdbcClient jdbc, CompliancePeriod period, List<UUID> reps, int lateAfterHours) {
        jdbc.sql("""
                select a.user_id, count(*), count(*) filter (where a.logged_at - a.occurred_at > make_interval(hours => ?))
                  from activity a
                 where a.user_id = any(?::uuid[]) and a.occurred_at >= ? and a.occurred_at < ? and a.kind = 'activity'
                 group by a.user_id
                """).params(lateAfterHours, reps.stream().map(UUID::toString).toArray(String[]::new),
                java.sql.Timestamp.from(period.start()), java.sql.Timestamp.from(period.end()))
                .query((rs, n) -> 1).list();
    }
}
