package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code task_checklist_item}. */
@Repository
class TaskChecklistRepository {

    private final JdbcClient jdbc;

    TaskChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChecklistItem> checklist(UUID taskId) {
        return jdbc.sql("select * from task_checklist_item where task_id = ? order by position, id").param(taskId)
                .query((rs, n) -> new ChecklistItem(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("label"), rs.getBoolean("done"), TaskRepository.instant(rs, "done_at"))).list();
    }

    void addChecklistItem(UUID id, UUID taskId, String label) {
        jdbc.sql("""
                insert into task_checklist_item (id, task_id, position, label)
                values (?, ?, (select coalesce(max(position), 0) + 1 from task_checklist_item where task_id = ?), ?)
                """).params(id, taskId, taskId, label).update();
    }

    boolean setChecked(UUID taskId, UUID itemId, boolean done, UUID actor) {
        return jdbc.sql("""
                update task_checklist_item set done = ?, done_at = case when ? then now() end, done_by = ?
                where id = ? and task_id = ?
                """).params(done, done, actor, itemId, taskId).update() == 1;
    }
}
