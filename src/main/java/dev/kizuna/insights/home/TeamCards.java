package dev.kizuna.insights.home;

import static dev.kizuna.insights.home.RepCards.LINES;
import static dev.kizuna.insights.home.RepCards.card;

import java.util.List;
import java.util.Set;

import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.sales.StalledDeals;
import dev.kizuna.work.Backlog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a manager watches across the team: stalled deals, payments past due, input compliance, piled-up boards. */
@Configuration(proxyBeanMethods = false)
class TeamCards {

    private static final Set<PermissionLevel> LEADS = Set.of(PermissionLevel.MANAGER, PermissionLevel.ADMIN);
    private static final Set<PermissionLevel> LEADS_AND_VIEWERS = Set.of(PermissionLevel.MANAGER,
            PermissionLevel.ADMIN, PermissionLevel.VIEWER);

    @Bean
    HomeCard stalledDealsCard(StalledDeals stalled) {
        return card("stalledDeals", PermissionLevel.VIEWER, LEADS_AND_VIEWERS, c -> c.card("stalledDeals",
                stalled.list(null).stream().limit(LINES).map(d -> RepCards.deal(c, d, true)).toList(),
                "/deals/stalled"));
    }

    @Bean
    HomeCard overduePaymentsCard(Orders orders) {
        return card("overduePayments", PermissionLevel.VIEWER, LEADS_AND_VIEWERS, c -> c.card("overduePayments",
                orders.overdue(PageQuery.first(LINES)).items().stream().map(o -> RepCards.order(c, o, true)).toList(),
                "/orders/overdue"));
    }

    @Bean
    HomeCard complianceRankingCard(Compliance compliance) {
        return card("complianceRanking", PermissionLevel.MANAGER, LEADS, c -> {
            var period = new CompliancePeriod(c.today().withDayOfMonth(1), c.today());
            List<HomeLine> lines = compliance.ranking(period).stream().limit(LINES)
                    .map(l -> {
                        HomeLine line = HomeLine.of(c.text("home.rank", l.rank(), l.userName()),
                                c.text("home.score", l.score()), "/compliance?period=" + period.label());
                        return l.score() < 60 ? line.tone("danger") : line;
                    }).toList();
            return c.card("complianceRanking", lines, "/compliance");
        });
    }

    @Bean
    HomeCard boardBacklogCard(Backlog backlog) {
        return card("boardBacklog", PermissionLevel.VIEWER, LEADS_AND_VIEWERS, c -> c.card("boardBacklog",
                backlog.asOf(c.today()).stream().filter(b -> b.backlog() > 0).limit(LINES)
                        .map(b -> HomeLine.of(b.boardName(), c.text("home.backlog", b.backlog(), b.backlogDays()),
                                "/boards/" + b.boardId()).tone("danger")).toList(),
                "/boards"));
    }
}
