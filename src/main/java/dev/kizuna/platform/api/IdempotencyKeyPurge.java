package dev.kizuna.platform.api;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Idempotency keys are kept for 24 hours, then forgotten (hourly, on one instance). */
@Component
class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);
    static final int KEEP_HOURS = 24;

    private final IdempotencyKeyRepository keys;

    IdempotencyKeyPurge(IdempotencyKeyRepository keys) {
        this.keys = keys;
    }

    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "idempotency-key-purge")
    void purge() {
        int purged = keys.purgeOlderThanHours(KEEP_HOURS);
        if (purged > 0) {
            log.info("Forgot {} idempotency keys older than {} hours", purged, KEEP_HOURS);
        }
    }
}
