package dev.kizuna.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the backlog report: open tasks waiting too long on a board, claimed once each, and overdue ones. */
@Repository
class TaskBacklogRepository {

    private final JdbcClient jdbc;

    TaskBacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record BacklogItem(UUID taskId, String title, UUID boardId) {
    }

    /** Marks open tasks of a board created before {@code cutoff} as reported, once each; two jobs never share one. */
    List<BacklogItem> claimBacklog(UUID boardId, Instant cutoff) {
        return jdbc.sql("""
                update task t set backlog_notified_at = now()
                where t.id in (select id from task where board_id = ? and status in ('todo', 'doing')
                               and backlog_notified_at is null and created_at < ? for update skip locked)
                returning t.id, t.title, t.board_id
                """).params(boardId, Timestamp.from(cutoff)).query((rs, n) -> new BacklogItem(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class))).list();
    }

    long backlogCount(UUID boardId, Instant cutoff) {
        return jdbc.sql("""
                select count(*) from task where board_id = ? and status in ('todo', 'doing') and created_at < ?
                """).params(boardId, Timestamp.from(cutoff)).query(Long.class).single();
    }

    long overdueCount(LocalDate today) {
        return jdbc.sql("select count(*) from task where status in ('todo', 'doing') and due_on < ?").param(today)
                .query(Long.class).single();
    }
}
