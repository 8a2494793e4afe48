package dev.kizuna.insights.home;

import static dev.kizuna.insights.home.RepCards.card;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.activities.ActivityCount;
import dev.kizuna.activities.ActivityStats;
import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.commerce.CommerceDay;
import dev.kizuna.commerce.CommerceFigures;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.insights.DailyReport;
import dev.kizuna.insights.DailyReports;
import dev.kizuna.sales.DealFigures;
import dev.kizuna.sales.SalesDay;
import dev.kizuna.sales.SalesTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Figures: a rep's yesterday and input compliance, the team's month against budget, this morning's daily report. */
@Configuration(proxyBeanMethods = false)
class FiguresCards {

    private static final ZoneId TOKYO = ActivityStats.BUSINESS_ZONE;

    @Bean
    HomeCard yesterdayCard(ActivityStats stats, SalesDay sales, CommerceDay commerce, Compliance compliance) {
        return card("yesterday", PermissionLevel.MEMBER, Set.of(PermissionLevel.MEMBER), c -> {
            var day = c.today().minusDays(1);
            long activities = stats.counts(day, day, Set.of(c.me())).stream().mapToLong(ActivityCount::count).sum();
            DealFigures deals = sales.byOwner(day.atStartOfDay(TOKYO).toInstant(), c.today().atStartOfDay(TOKYO).toInstant())
                    .getOrDefault(c.me(), DealFigures.NONE);
            CommerceFigures orders = commerce.byOwner(day, day, c.today()).getOrDefault(c.me(), CommerceFigures.NONE);
            List<HomeLine> lines = new ArrayList<>();
            lines.add(HomeLine.of(c.text("home.yesterday.activities"), c.text("home.count", activities),
                    "/daily-reports"));
            lines.add(HomeLine.of(c.text("home.yesterday.deals"), c.text("home.yesterday.dealsLine",
                    deals.movedForward(), deals.won(), c.yen(deals.wonAmount())), "/deals/list?ownerId=" + c.me()));
            lines.add(HomeLine.of(c.text("home.yesterday.orders"), c.text("home.yesterday.ordersLine",
                    orders.orders(), c.yen(orders.orderAmount()), orders.payments()), "/orders"));
            compliance.mine(new CompliancePeriod(c.today().withDayOfMonth(1), c.today())).ifPresent(l -> {
                HomeLine line = HomeLine.of(c.text("home.yesterday.compliance"),
                        c.text("home.rankOf", l.score(), l.rank(), l.rankedOf()), "/compliance");
                lines.add(l.score() < 60 ? line.tone("danger") : line);
            });
            return c.card("yesterday", lines, "/daily-reports");
        });
    }

    @Bean
    HomeCard teamBudgetCard(SalesTargets targets, SalesDay sales, Teams teams) {
        return card("teamBudget", PermissionLevel.MANAGER, Set.of(PermissionLevel.MANAGER, PermissionLevel.ADMIN), c -> {
            YearMonth month = YearMonth.from(c.today());
            Map<UUID, Long> budget = new HashMap<>();
            targets.between(month, month).forEach(t -> budget.merge(t.userId(), t.amount(), Long::sum));
            Map<UUID, DealFigures> won = sales.byOwner(month.atDay(1).atStartOfDay(TOKYO).toInstant(),
                    c.today().plusDays(1).atStartOfDay(TOKYO).toInstant());
            Map<UUID, String> names = new HashMap<>();
            Set<UUID> members = new LinkedHashSet<>();
            for (Team team : teams.list()) {
                team.members().forEach(m -> names.put(m.id(), m.displayName()));
                if (c.me().equals(team.managerId())) {
                    members.addAll(team.memberIds());
                }
            }
            if (members.isEmpty()) { // an administrator, or a manager of no team: everyone with a budget
                members.addAll(budget.keySet());
            }
            long totalBudget = members.stream().mapToLong(id -> budget.getOrDefault(id, 0L)).sum();
            long totalWon = members.stream().mapToLong(id -> won.getOrDefault(id, DealFigures.NONE).wonAmount()).sum();
            List<HomeLine> lines = new ArrayList<>();
            if (!members.isEmpty()) {
                lines.add(budgetLine(c, c.text("home.teamBudget.total"), totalWon, totalBudget).tone(null));
            }
            members.stream().filter(names::containsKey).limit(RepCards.LINES).forEach(id -> lines.add(budgetLine(c,
                    names.get(id), won.getOrDefault(id, DealFigures.NONE).wonAmount(), budget.getOrDefault(id, 0L))));
            return c.card("teamBudget", lines, "/deals/targets");
        });
    }

    private static HomeLine budgetLine(HomeContext c, String who, long won, long budget) {
        String detail = budget == 0 ? c.text("home.teamBudget.noBudget", c.yen(won))
                : c.text("home.teamBudget.line", c.yen(won), c.yen(budget), Math.round(won * 100.0 / budget));
        HomeLine line = HomeLine.of(who, detail, "/deals/forecast");
        // behind the month's pace: less won than the part of the month gone by
        double pace = (double) c.today().getDayOfMonth() / c.today().lengthOfMonth();
        return budget > 0 && won < budget * pace ? line.tone("warning") : line;
    }

    @Bean
    HomeCard dailyReportCard(DailyReports reports) {
        return card("dailyReport", PermissionLevel.MEMBER, Set.of(PermissionLevel.MANAGER, PermissionLevel.ADMIN), c -> {
            DailyReport r = reports.report(reports.latestReportDay());
            String href = "/daily-reports/" + r.reportDay();
            List<HomeLine> lines = List.of(
                    HomeLine.of(c.text("home.dailyReport.activities"), c.text("home.dailyReport.activitiesLine",
                            r.total().activities(), r.total().newCustomers(), r.total().overdueFollowUps()), href),
                    HomeLine.of(c.text("home.yesterday.deals"), c.text("home.yesterday.dealsLine",
                            r.deals().movedForward(), r.deals().won(), c.yen(r.deals().wonAmount())), href),
                    overdue(c, r, href));
            return new HomeCardView("dailyReport", c.text("home.card.dailyReport", c.date(r.reportDay())), lines,
                    href, c.text("home.card.dailyReport.empty"));
        });
    }

    private static HomeLine overdue(HomeContext c, DailyReport r, String href) {
        HomeLine line = HomeLine.of(c.text("home.dailyReport.orders"), c.text("home.dailyReport.ordersLine",
                r.orders().orders(), r.orders().overdue(), c.yen(r.orders().overdueAmount())), href);
        return r.orders().overdue() > 0 ? line.tone("danger") : line;
    }
}
