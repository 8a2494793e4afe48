package dev.kizuna.commerce;

import dev.kizuna.sales.Deals;
import dev.kizuna.sales.OrderMilestone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seed 004's 受注 → 納品 → 入金: recording an order's delivery or its last payment moves its deal on to the stage
 * its pipeline reaches on that, in the same transaction, so the deal page and the board say so at once and a deal
 * fully paid stops being its owner's open work (and can no longer turn up stalled in 受注).
 */
@Component
class DealFollowsOrder {

    private final Deals deals;

    DealFollowsOrder(Deals deals) {
        this.deals = deals;
    }

    @EventListener
    void on(OrderDelivered delivered) {
        if (delivered.dealId() != null) {
            deals.reach(delivered.dealId(), OrderMilestone.DELIVERY);
        }
    }

    @EventListener
    void on(OrderPaid paid) {
        if (paid.dealId() != null) {
            deals.reach(paid.dealId(), OrderMilestone.PAYMENT);
        }
    }
}
