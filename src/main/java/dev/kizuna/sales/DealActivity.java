package dev.kizuna.sales;

import dev.kizuna.activities.ActivityLogged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An activity logged against a deal keeps the deal from counting as idle. */
@Component
class DealActivity {

    private final DealRepository deals;

    DealActivity(DealRepository deals) {
        this.deals = deals;
    }

    @ApplicationModuleListener
    void on(ActivityLogged event) {
        if (event.dealId() != null) {
            deals.touch(event.dealId(), event.occurredAt());
        }
    }
}
