package dev.kizuna.work;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code task_comment}. */
@Repository
class TaskCommentRepository {

    private final JdbcClient jdbc;

    TaskCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addComment(UUID id, UUID taskId, UUID author, String body, List<UUID> mentions) {
        jdbc.sql("insert into task_comment (id, task_id, author_id, body, mentions) values (?, ?, ?, ?, ?)")
                .params(id, taskId, author, body, mentions.toArray(UUID[]::new)).update();
    }

    List<TaskComment> comments(UUID taskId) {
        return jdbc.sql("""
                select tc.*, u.display_name from task_comment tc left join app_user u on u.id = tc.author_id
                where tc.task_id = ? order by tc.created_at, tc.id
                """).param(taskId).query((rs, n) -> new TaskComment(rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getString("display_name"), rs.getString("body"),
                Arrays.asList((UUID[]) rs.getArray("mentions").getArray()), TaskRepository.instant(rs, "created_at")))
                .list();
    }
}
