package dev.kizuna.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves customers' last activity forward without making activities of one customer wait for each other (issue 26).
 * <p>
 * Updating the customer row in the transaction that logs an activity held that row's lock until the commit, so a
 * busy customer's activities were logged one after another (about 70 a second). Instead the new instant is written
 * once the activity is committed, in a transaction of its own that only moves it forward. While one thread writes a
 * customer's last activity, others that log for the same customer leave their instant to it and return at once:
 * the writer writes the latest instant handed to it before it stops.
 * <p>
 * Should the application stop between the two commits, the next start repairs the last activity from the
 * activities of the last day (the activities module's {@code LastActivityRepair}).
 */
@Component
class LastActivityWriter {

    private static final Logger log = LoggerFactory.getLogger(LastActivityWriter.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final Set<UUID> writing = ConcurrentHashMap.newKeySet();

    LastActivityWriter(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The customer had an activity at {@code at}: written after the current transaction commits (now if none). */
    void happened(UUID companyId, Instant at) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(companyId, at);
                }
            });
        } else {
            write(companyId, at);
        }
    }

    private void write(UUID companyId, Instant at) {
        pending.merge(companyId, at, (a, b) -> a.isAfter(b) ? a : b);
        // Whoever holds "writing" checks pending again after letting go, so an instant left here is never lost.
        while (pending.containsKey(companyId) && writing.add(companyId)) {
            try {
                Instant latest = pending.remove(companyId);
                if (latest != null) {
                    moveForward(companyId, latest);
                }
            } catch (RuntimeException e) {
                log.warn("Last activity of customer {} not moved forward (repaired at the next start)", companyId, e);
            } finally {
                writing.remove(companyId);
            }
        }
    }

    private void moveForward(UUID companyId, Instant at) {
        Timestamp ts = Timestamp.from(at);
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                update company set last_activity_at = ?
                 where id = ? and (last_activity_at is null or last_activity_at < ?)
                """).params(ts, companyId, ts).update());
    }
}
