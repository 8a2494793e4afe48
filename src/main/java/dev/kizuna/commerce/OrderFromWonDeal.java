package dev.kizuna.commerce;

import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.sales.DealWon;
import dev.kizuna.sales.Deals;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Winning a deal makes its order (受注). Runs after the move commits, through the event publication registry, so a
 * crash in between loses nothing; winning the same deal again (after a reopen) makes no second order.
 */
@Component
class OrderFromWonDeal {

    private final Orders orders;
    private final Deals deals;

    OrderFromWonDeal(Orders orders, Deals deals) {
        this.orders = orders;
        this.deals = deals;
    }

    @ApplicationModuleListener
    void on(DealWon won) {
        SystemActor.call(() -> orders.placeFor(won, deals.find(won.dealId())));
    }
}
