package dev.kizuna.support;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the application's event listeners instead of sleeping: every event published since a moment has been
 * handled once its publication in the registry (table event_publication) is complete. A test that must show that
 * something does NOT happen after an event (no order, no second run) waits for this, then asserts. Publications
 * whose listener failed are left out: they never complete, and the test's own assertions say what is missing.
 */
public final class EventListenersDone {

    private EventListenersDone() {
    }

    /** Returns once no event published at or after {@code since} is still waiting for or inside a listener. */
    public static void since(JdbcClient jdbc, Instant since) {
        Awaitility.await("event listeners done").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication
                         where publication_date >= ? and completion_date is null and coalesce(status, '') <> 'FAILED'
                        """).param(java.sql.Timestamp.from(since)).query(Long.class).single() == 0);
    }
}
