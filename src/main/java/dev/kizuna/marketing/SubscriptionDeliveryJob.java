package dev.kizuna.marketing;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour (so a restart or a missed run only delays a day's deliveries, never loses them), on one instance at a
 * time, as the system: today's and any earlier due deliveries become orders. Running again is harmless.
 */
@Component
class SubscriptionDeliveryJob {

    private final SubscriptionDeliveries deliveries;
    private final Subscriptions subscriptions;

    SubscriptionDeliveryJob(SubscriptionDeliveries deliveries, Subscriptions subscriptions) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
    }

    @Scheduled(cron = "0 7 * * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "subscription-deliveries", lockAtMostFor = "PT50M")
    void run() {
        SystemActor.run(() -> deliveries.deliverDue(subscriptions.today()));
    }
}
