package dev.kizuna.insights.home;

import java.util.List;
import java.util.Set;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.sales.Deal;
import dev.kizuna.sales.StalledDeals;
import dev.kizuna.work.Task;
import dev.kizuna.work.TaskFilter;
import dev.kizuna.work.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A rep's own work: follow-ups due, tasks, stalled deals and unpaid orders, each line a tap from its record. */
@Configuration(proxyBeanMethods = false)
class RepCards {

    static final int LINES = 8;
    private static final Set<PermissionLevel> REPS = Set.of(PermissionLevel.MEMBER, PermissionLevel.MANAGER,
            PermissionLevel.ADMIN);

    @Bean
    HomeCard followUpsCard(Activities activities) {
        return card("followUps", PermissionLevel.MEMBER, REPS, c -> {
            List<HomeLine> lines = activities.myFollowUps(50).stream()
                    .filter(a -> !a.followUpOn().isAfter(c.today())).limit(LINES)
                    .map(a -> followUp(c, a)).toList();
            return c.card("followUps", lines, "/activities/follow-ups");
        });
    }

    private static HomeLine followUp(HomeContext c, Activity a) {
        String what = a.followUpAction() == null || a.followUpAction().isBlank() ? "" : " · " + a.followUpAction();
        String href = a.companyId() == null ? "/activities/" + a.id() : "/customers/" + a.companyId();
        boolean overdue = a.followUpOn().isBefore(c.today());
        HomeLine line = HomeLine.of(nameOr(a.companyName(), a.contactName()) + what,
                overdue ? c.text("home.overdueSince", c.date(a.followUpOn())) : c.text("home.today"), href);
        return overdue ? line.tone("danger") : line;
    }

    @Bean
    HomeCard myTasksCard(Tasks tasks) {
        return card("myTasks", PermissionLevel.MEMBER, REPS, c -> {
            List<HomeLine> lines = tasks.list(TaskFilter.view("mine"), PageQuery.first(LINES)).items().stream()
                    .map(t -> task(c, t)).toList();
            return c.card("myTasks", lines, "/tasks?view=mine");
        });
    }

    private static HomeLine task(HomeContext c, Task t) {
        String detail = t.dueOn() == null ? t.boardName() : c.text("home.due", c.date(t.dueOn()));
        HomeLine line = HomeLine.of(t.title(), detail, "/tasks/" + t.id());
        return t.overdueOn(c.today()) ? line.tone("danger") : line;
    }

    @Bean
    HomeCard myStalledDealsCard(StalledDeals stalled) {
        return card("myStalledDeals", PermissionLevel.MEMBER, Set.of(PermissionLevel.MEMBER), c -> {
            List<HomeLine> lines = stalled.list(c.me()).stream().limit(LINES).map(d -> deal(c, d, false)).toList();
            return c.card("myStalledDeals", lines, "/deals/stalled");
        });
    }

    static HomeLine deal(HomeContext c, Deal d, boolean withOwner) {
        String detail = d.stageLabel(c.locale()) + (withOwner && d.ownerName() != null ? " · " + d.ownerName() : "");
        return HomeLine.of(d.name() + " (" + d.companyName() + ")", detail, "/deals/" + d.id()).tone("warning");
    }

    @Bean
    HomeCard myUnpaidOrdersCard(Orders orders) {
        return card("myUnpaidOrders", PermissionLevel.MEMBER, REPS, c -> {
            List<HomeLine> lines = orders.unpaidOf(c.me(), LINES).stream().map(o -> order(c, o, false)).toList();
            return c.card("myUnpaidOrders", lines, "/orders/overdue");
        });
    }

    static HomeLine order(HomeContext c, Order o, boolean withOwner) {
        String due = o.dueOn() == null ? c.text("home.notInvoiced") : c.text("home.due", c.date(o.dueOn()));
        String detail = c.yen(o.balance()) + " · " + due + (withOwner && o.ownerName() != null ? " · " + o.ownerName() : "");
        HomeLine line = HomeLine.of(o.number() + " " + o.companyName(), detail, "/orders/" + o.id());
        return o.dueOn() != null && o.dueOn().isBefore(c.today()) ? line.tone("danger") : line;
    }

    private static String nameOr(String first, String second) {
        return first != null ? first : second == null ? "" : second;
    }

    static HomeCard card(String key, PermissionLevel minimum, Set<PermissionLevel> defaults,
            java.util.function.Function<HomeContext, HomeCardView> read) {
        return new HomeCard() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public PermissionLevel minimum() {
                return minimum;
            }

            @Override
            public Set<PermissionLevel> defaultFor() {
                return defaults;
            }

            @Override
            public HomeCardView read(HomeContext context) {
                return read.apply(context);
            }
        };
    }
}
