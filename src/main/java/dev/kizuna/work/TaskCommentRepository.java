package dev.kizuna.work;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.UserSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code task_comment}, and the people a comment may @mention. */
@Repository
class TaskCommentRepository {

    private final JdbcClient jdbc;

    TaskCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active user's name and e-mail, for finding @mentions (not capped like the pickers' list). */
    List<UserSummary> mentionable() {
        return jdbc.sql("select id, email, display_name from app_user where active").query((rs, n) ->
                new UserSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), "",
                        null, true, null, "")).list();
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
