package dev.kizuna.commerce;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.notifications.Notifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour: orders that became unpaid past their due date are flagged to their owner and the managers of the
 * owner's teams, in the app (the bell), once per order and due date.
 */
@Component
class OverdueOrders {

    private final OrderRepository orders;
    private final Quotes quotes;
    private final Teams teams;
    private final Notifications notifications;
    private final TransactionTemplate transaction;

    OverdueOrders(OrderRepository orders, Quotes quotes, Teams teams, Notifications notifications,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.orders = orders;
        this.quotes = quotes;
        this.teams = teams;
        this.notifications = notifications;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "overdue-orders", lockAtMostFor = "PT50M")
    void run() {
        flagNewlyOverdue();
    }

    /**
     * Claims the newly overdue orders and tells their people in one transaction (a transaction template, because the
     * scheduled {@link #run} calls this on {@code this}, past any proxy): a failure leaves them unclaimed for the next
     * hour instead of claimed and never told. Returns how many notifications were made.
     */
    int flagNewlyOverdue() {
        return SystemActor.call(() -> transaction.execute(status -> flag()));
    }

    private int flag() {
        List<Order> overdue = orders.claimNewlyOverdue(quotes.today());
        if (overdue.isEmpty()) {
            return 0;
        }
        List<Team> allTeams = teams.list();
        int told = 0;
        for (Order o : overdue) {
            for (UUID user : Team.ownerAndManagers(o.ownerId(), allTeams)) {
                notifications.tell(user, "order-overdue", "commerce.notification.overdue",
                        o.number() + " " + o.companyName(), "/orders/" + o.id());
                told++;
            }
        }
        return told;
    }
}
