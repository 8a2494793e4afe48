package dev.kizuna.platform.input;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows every application table holds, read in one statement, to show that a refused write left nothing
 * behind. Tables that change on their own (sessions, the event registry, job locks, idempotency keys, the events
 * the playbook worker records as it advances running playbooks on its own schedule, and the bell's notifications,
 * which scheduled jobs write: overdue postcards, stalled deals, recognised cards, stock alerts) are left out.
 */
final class RowCounts {

    private static final List<String> CHANGING_ON_THEIR_OWN = List.of("spring_session", "spring_session_attributes",
            "event_publication", "event_publication_archive", "shedlock", "flyway_schema_history",
            "playbook_run_event", "notification");

    private final JdbcClient jdbc;
    private final String sql;

    RowCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name
                """).query(String.class).list().stream()
                .filter(t -> !CHANGING_ON_THEIR_OWN.contains(t) && !t.contains("idempotency")).toList();
        this.sql = String.join(" union all ", tables.stream()
                .map(t -> "select '" + t + "' as t, count(*) as n from \"" + t + "\"").toList());
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query((rs, n) -> counts.put(rs.getString("t"), rs.getLong("n"))).list();
        return counts;
    }
}
