package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.commerce.LineItem;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.commerce.RecurringOrder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due deliveries into orders, once each: per subscription, in one transaction, the delivery's row
 * ({@code subscription_delivery}, unique per subscription and date) is claimed before the order is placed through
 * {@link Orders#placeRecurring}, and the next delivery date moves on. A second instance skips a subscription another
 * holds; a delivery already made is never made again. Every due date is caught up (a job that did not run for three
 * days delivers each missed date, ordered on its own day). A skipped delivery gets its row and no order; a paused
 * subscription resumes on its first delivery on or after the pause's end.
 */
@Component
class SubscriptionDeliveries {

    private static final int BATCH = 100;

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final Orders orders;
    private final TransactionTemplate transactions;

    SubscriptionDeliveries(DeliveryRepository deliveries, SubscriptionRepository subscriptions, Orders orders,
            TransactionTemplate transactions) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.transactions = transactions;
    }

    /** Delivers everything due on or before {@code today}; returns the orders placed. Runs as whoever calls it. */
    List<UUID> deliverDue(LocalDate today) {
        List<UUID> placed = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        while (true) {
            List<UUID> due = deliveries.due(today, BATCH).stream().filter(id -> !seen.contains(id)).toList();
            if (due.isEmpty()) {
                return placed;
            }
            for (UUID id : due) {
                seen.add(id);
                placed.addAll(transactions.execute(tx -> deliverOne(id, today)));
            }
        }
    }

    private List<UUID> deliverOne(UUID id, LocalDate today) {
        if (deliveries.lockDue(id, today).isEmpty()) {
            return List.of();
        }
        Subscription s = subscriptions.find(id).orElseThrow();
        List<UUID> placed = new ArrayList<>();
        SubscriptionStatus status = s.status();
        LocalDate on = s.nextDeliveryOn();
        while (!on.isAfter(today)) {
            if (status == SubscriptionStatus.SKIPPING) {
                if (deliveries.claim(id, on, "skipped")) {
                    subscriptions.addHistory(id, null, "deliverySkipped", status, SubscriptionStatus.ACTIVE,
                            Map.of("deliveryOn", on.toString()));
                }
            } else if (deliveries.claim(id, on, "ordered")) {
                Order order = orders.placeRecurring(new RecurringOrder(s.companyId(), s.title(), on, lines(s),
                        "card".equals(s.payment())));
                deliveries.ordered(id, on, order.id());
                placed.add(order.id());
                subscriptions.addHistory(id, null, "delivered", status, SubscriptionStatus.ACTIVE,
                        Map.of("deliveryOn", on.toString(), "orderNumber", order.number()));
            }
            status = SubscriptionStatus.ACTIVE;
            on = s.cycle().next(on);
        }
        Subscription moved = new Subscription(id, s.companyId(), s.companyName(), s.title(), s.cycle(), on, status,
                null, s.payment(), s.startedOn(), null, "", s.items(), s.version(), null, null);
        subscriptions.update(moved, s.version(), null);
        return placed;
    }

    private static List<LineItem> lines(Subscription s) {
        return s.items().stream().map(i -> LineItem.of(i.productId(), i.productName(), i.quantity(), "個",
                i.unitPrice(), i.taxRate())).toList();
    }
}
