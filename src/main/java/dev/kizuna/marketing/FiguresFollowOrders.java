package dev.kizuna.marketing;

import dev.kizuna.commerce.OrderPaid;
import dev.kizuna.customers.CompaniesMerged;
import dev.kizuna.customers.CompanyDeleted;
import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures current: an order paid in full recomputes its customer's (after the payment commits, through the
 * event publication registry, so a crash loses nothing); a merge recomputes the survivor and forgets the merged
 * customer; a deleted customer is forgotten. Every night everything is rebuilt (recency and the quintiles move).
 */
@Component
class FiguresFollowOrders {

    private final CustomerStages stages;

    FiguresFollowOrders(CustomerStages stages) {
        this.stages = stages;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        SystemActor.callUnlessSomeoneActs(() -> stages.refresh(paid.companyId()));
    }

    @ApplicationModuleListener
    void on(CompaniesMerged merged) {
        SystemActor.run(() -> {
            stages.forget(merged.mergedId());
            stages.refresh(merged.survivorId());
        });
    }

    @ApplicationModuleListener
    void on(CompanyDeleted deleted) {
        stages.forget(deleted.companyId());
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "customer-figures-rebuild", lockAtMostFor = "PT2H")
    void nightly() {
        SystemActor.run(stages::rebuildAll);
    }
}
