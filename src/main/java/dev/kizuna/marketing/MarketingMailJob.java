package dev.kizuna.marketing;

import java.time.Instant;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, on one instance at a time (so the throttle holds for all of them), as the system: due campaigns
 * are queued and up to a minute's worth of due mail is sent. Every hour, sequences start on the daily triggers and
 * their due steps are queued. A restart loses nothing: the work is in the tables.
 */
@Component
class MarketingMailJob {

    private final CampaignQueue queue;
    private final MarketingMailSending sending;
    private final SequenceTriggers triggers;
    private final SequenceRunner runner;
    private final Subscriptions clock;

    MarketingMailJob(CampaignQueue queue, MarketingMailSending sending, SequenceTriggers triggers,
            SequenceRunner runner, Subscriptions clock) {
        this.queue = queue;
        this.sending = sending;
        this.triggers = triggers;
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT5S")
    @SchedulerLock(name = "marketing-mail", lockAtMostFor = "PT10M")
    void send() {
        SystemActor.run(() -> {
            queue.queueDue(Instant.now());
            sending.sendDue(Instant.now());
        });
    }

    @Scheduled(cron = "0 15 * * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "marketing-sequences", lockAtMostFor = "PT50M")
    void sequences() {
        SystemActor.run(() -> {
            triggers.daily(clock.today());
            runner.runDue(clock.today());
        });
    }
}
