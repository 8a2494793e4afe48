package dev.kizuna.activities;

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
 * The compliance ranking and the daily report at scale. Their baselines are the queries the facades run, called
 * straight on the package-private repository (no security, no transaction proxy, no assembling of the lines): what
 * the database costs, beside what Kizuna costs.
 */
final class ExtraScenarios {

    private ExtraScenarios() {
    }

    static void add(List<Measurement> results, ApplicationContext context, JdbcClient jdbc, List<UUID> reps,
            int iterations, int activities) {
        Compliance compliance = context.getBean(Compliance.class);
        ActivityStatsRepository stats = context.getBean(ActivityStatsRepository.class);
        RequiredFields requiredFields = context.getBean(RequiredFields.class);
        var reports = context.getBean(dev.kizuna.insights.DailyReports.class);
        // One team of 50 reps with its manager, as the daily report scenario has it.
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, manager_id) values (?, '営業一部', ?)").params(team, reps.getFirst()).update();
        for (UUID rep : reps.subList(0, Math.min(50, reps.size()))) {
            jdbc.sql("insert into team_member (team_id, user_id) values (?, ?)").params(team, rep).update();
        }
        CompliancePeriod month = CompliancePeriod.month(YearMonth.from(LocalDate.now(ActivityStats.BUSINESS_ZONE)).minusMonths(1));
        Instant now = Instant.now();
        results.add(Measurement.of("compliance-ranking", "input compliance of all %d reps for last month (%s)"
                        .formatted(reps.size(), month), 3, Math.max(10, iterations / 10),
                () -> compliance.ranking(month),
                () -> {
                    requiredFields.completenessByOwner();
                    stats.loggedBy(month.start(), month.end());
                    stats.timeliness(month.start(), month.end(), reps, 24);
                    stats.dormantCustomers(now, 30, reps);
                    stats.overdueFollowUps(LocalDate.now(ActivityStats.BUSINESS_ZONE), now, reps);
                }, activities));
        LocalDate day = reports.latestReportDay();
        List<LocalDate> covered = context.getBean(dev.kizuna.platform.calendar.BusinessCalendar.class).daysCoveredByReportOn(day);
        Instant from = covered.getFirst().atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        Instant to = day.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        CompliancePeriod soFar = new CompliancePeriod(YearMonth.from(covered.getLast()).atDay(1), covered.getLast());
        results.add(Measurement.of("daily-report", "the daily report of %s (a 50-rep team and %d reps in all, month-to-date compliance)"
                        .formatted(day, reps.size()), 3, Math.max(10, iterations / 10),
                () -> reports.report(day),
                () -> {
                    stats.loggedBy(from, to);
                    stats.counts(from, to, reps);
                    stats.overdueFollowUps(day, to, reps);
                    requiredFields.completenessByOwner();
                    stats.loggedBy(soFar.start(), soFar.end());
                    stats.timeliness(soFar.start(), soFar.end(), reps, 24);
                    stats.dormantCustomers(now, 30, reps);
                }, activities));
    }
}
