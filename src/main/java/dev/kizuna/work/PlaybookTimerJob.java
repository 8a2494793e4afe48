package dev.kizuna.work;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every 10 seconds: runs whose wait ended or whose failed step is due for a retry. Each run is claimed with
 * {@code select … for update skip locked} inside the transaction that moves it, so even without the ShedLock (two
 * instances, or a lock that expired) no step fires twice. An instance killed while it held the lock or a claim holds
 * them no longer than {@link #LEASE}: another instance takes over within {@link #LEASE} plus one poll (30 seconds).
 */
@Component
class PlaybookTimerJob {

    static final int BATCH = 100;
    /**
     * How long a claimed run is this instance's before another may take it. A run taken over while its first claimer
     * is merely slow still fires once: the claimer finds the lease moved on and leaves the run alone.
     */
    static final java.time.Duration LEASE = java.time.Duration.ofSeconds(20);

    private final PlaybookRunRepository runs;
    private final PlaybookEngine engine;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlaybookTimerJob(PlaybookRunRepository runs, PlaybookEngine engine, PlatformTransactionManager txm,
            Optional<Clock> clock) {
        this.runs = runs;
        this.engine = engine;
        this.transaction = new TransactionTemplate(txm);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(initialDelayString = "${kizuna.playbooks.timer-initial-delay:PT1M}", fixedDelayString = "PT10S")
    @SchedulerLock(name = "work-playbook-timers", lockAtMostFor = "PT20S")
    void run() {
        fireDue();
    }

    /** Fires every due run, a batch at a time; returns how many were fired. */
    int fireDue() {
        int fired = 0;
        while (true) {
            // PostgreSQL keeps microseconds and rounds the rest: a lease with nanoseconds could be stored a hair later
            // than the instant the check below compares with, and the claimed run would wait for its lease to run out.
            java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            List<UUID> batch = transaction.execute(s -> runs.claimDue(now, now.plus(LEASE), BATCH));
            for (UUID id : batch) {
                engine.transition(id, run -> {
                    if (run.dueAt() != null && !run.dueAt().isAfter(now.plus(LEASE))) {
                        engine.fire(run);
                    }
                });
            }
            fired += batch.size();
            if (batch.size() < BATCH) {
                return fired;
            }
        }
    }
}
