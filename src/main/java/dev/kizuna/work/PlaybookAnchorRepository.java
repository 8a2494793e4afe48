package dev.kizuna.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A run's anchor date (a success plan's go-live), its checklist items' ticks and the items' due days moved on the run
 * alone: what anchored waits and item steps read and re-date (PlaybookItemStep).
 */
@Repository
class PlaybookAnchorRepository {

    private final JdbcClient jdbc;

    PlaybookAnchorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The date the run's anchored steps count from (a success plan's go-live), or null. */
    LocalDate anchorOf(UUID runId) {
        return jdbc.sql("select anchor_on from playbook_run where id = ?").param(runId).query(LocalDate.class)
                .optional().orElse(null);
    }

    void setAnchor(UUID runId, LocalDate anchorOn) {
        jdbc.sql("update playbook_run set anchor_on = ?, version = version + 1, updated_at = now() where id = ?")
                .params(anchorOn, runId).update();
    }

    /** Re-dates the run's timer (a moved anchor), keeping where it is. */
    void setDue(UUID runId, Instant dueAt) {
        jdbc.sql("update playbook_run set due_at = ?, version = version + 1, updated_at = now() where id = ?")
                .params(dueAt == null ? null : Timestamp.from(dueAt), runId).update();
    }

    /** Whether the checklist item {@code key} is ticked now: its last tick or reopening on the run's history. */
    boolean ticked(UUID runId, String key) {
        return "ticked".equals(jdbc.sql("""
                select kind from playbook_run_event where run_id = ? and kind in ('ticked', 'reopened') and detail = ?
                order by at desc, id desc limit 1
                """).params(runId, key).query(String.class).optional().orElse(null));
    }

    /** The run's own due day for the item (days from the anchor), when it was moved on the run alone. */
    java.util.Optional<Integer> itemDays(UUID runId, String key) {
        return jdbc.sql("select wait_days from playbook_run_item_day where run_id = ? and item_key = ?")
                .params(runId, key).query(Integer.class).optional();
    }

    void setItemDays(UUID runId, String key, int days) {
        jdbc.sql("""
                insert into playbook_run_item_day (run_id, item_key, wait_days) values (?, ?, ?)
                on conflict (run_id, item_key) do update set wait_days = excluded.wait_days
                """).params(runId, key, days).update();
    }
}
