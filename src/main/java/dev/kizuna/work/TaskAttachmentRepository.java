package dev.kizuna.work;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files on tasks ({@code task_attachment}): the row, with who added it; the bytes are in the file store. */
@Repository
class TaskAttachmentRepository {

    private static final String COLUMNS = """
            select a.id, a.task_id, a.file_name, a.content_type, a.size_bytes, a.created_by, u.display_name, a.created_at
              from task_attachment a left join app_user u on u.id = a.created_by""";

    private final JdbcClient jdbc;

    TaskAttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID taskId, String fileName, String contentType, long sizeBytes, String storageKey,
            UUID createdBy) {
        jdbc.sql("""
                insert into task_attachment (id, task_id, file_name, content_type, size_bytes, storage_key, created_by)
                values (:id, :task, :name, :type, :size, :key, :by)""").param("id", id).param("task", taskId)
                .param("name", fileName).param("type", contentType).param("size", sizeBytes).param("key", storageKey)
                .param("by", createdBy).update();
    }

    /** A task's files, oldest first. */
    List<TaskAttachment> ofTask(UUID taskId) {
        return jdbc.sql(COLUMNS + " where a.task_id = ? order by a.created_at, a.id").param(taskId)
                .query(TaskAttachmentRepository::map).list();
    }

    Optional<TaskAttachment> find(UUID id) {
        return jdbc.sql(COLUMNS + " where a.id = ?").param(id).query(TaskAttachmentRepository::map).optional();
    }

    Optional<String> storageKey(UUID id) {
        return jdbc.sql("select storage_key from task_attachment where id = ?").param(id).query(String.class)
                .optional();
    }

    /** Deletes the row; its storage key, for the bytes to go once the deletion has committed. */
    String delete(UUID id) {
        return jdbc.sql("delete from task_attachment where id = ? returning storage_key").param(id)
                .query(String.class).single();
    }

    private static TaskAttachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp at = rs.getTimestamp(8);
        return new TaskAttachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getObject(6, UUID.class), rs.getString(7),
                at == null ? null : at.toInstant());
    }
}
