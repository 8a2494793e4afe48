package dev.kizuna.activities;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import dev.kizuna.customers.CustomerActivity;
import dev.kizuna.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last activity of customers whose row was busy when an activity about them was logged (another rep's log about
 * the same customer had not committed yet; see {@link CustomerActivity#happened}). Such a customer is noted once its
 * log commits, and one background thread moves each noted customer's last activity forward to its latest activity
 * as read then: one statement per pass however many logs found the row busy, and never back (a log that committed
 * meanwhile may have moved it further). The thread holds one connection and no request waits for it; a request never
 * takes a second connection for this (a separate transaction per log drained the pool, see docs/benchmarks.md).
 * Customers still noted at shutdown are written before the database goes. A crash between a log's commit and the
 * pass (a moment) leaves that customer's last activity behind until its next activity.
 */
@Component
class BusyCustomerLastActivities {

    private static final Logger log = LoggerFactory.getLogger(BusyCustomerLastActivities.class);
    /** Later than any activity: the latest activity of each customer is its latest before this. */
    private static final Instant END_OF_TIME = Instant.parse("3000-01-01T00:00:00Z");
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final ActivityStatsRepository stats;
    private final CustomerActivity customers;
    private final Set<UUID> noted = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("busy-customer-last-activities").daemon().factory());

    BusyCustomerLastActivities(ActivityStatsRepository stats, CustomerActivity customers) {
        this.stats = stats;
        this.customers = customers;
    }

    /** The customer's row was busy: once the current transaction commits (now, when there is none), note it. */
    void note(UUID companyId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    noteNow(companyId);
                }
            });
        } else {
            noteNow(companyId);
        }
    }

    private void noteNow(UUID companyId) {
        noted.add(companyId);
        if (passQueued.compareAndSet(false, true)) {
            try {
                thread.execute(this::backgroundPass);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                passQueued.set(false); // the shutdown's own pass writes it
            }
        }
    }

    private void backgroundPass() {
        passQueued.set(false); // customers noted from here on queue another pass
        try {
            writeNoted();
        } catch (RuntimeException e) {
            log.warn("Could not move busy customers' last activity forward; trying again in {}", RETRY, e);
            thread.schedule(() -> {
                if (passQueued.compareAndSet(false, true)) {
                    backgroundPass();
                }
            }, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Moves every noted customer's last activity forward now, after any pass under way (tests call this instead of
     * waiting; shutdown too). Customers whose write fails stay noted.
     */
    synchronized void writeNoted() {
        List<UUID> ids = new ArrayList<>(noted);
        if (ids.isEmpty()) {
            return;
        }
        noted.removeAll(ids);
        try {
            Map<UUID, Instant> latest = stats.lastActivityBefore(ids, END_OF_TIME);
            SystemActor.run(() -> customers.movedForward(latest));
        } catch (RuntimeException e) {
            noted.addAll(ids);
            throw e;
        }
    }

    @PreDestroy
    void writeBeforeShutdown() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
        try {
            writeNoted();
        } catch (RuntimeException e) {
            log.warn("Busy customers' last activity not written at shutdown: {}", noted, e);
        }
    }
}
