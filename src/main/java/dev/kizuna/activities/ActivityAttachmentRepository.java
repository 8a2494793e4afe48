package dev.kizuna.activities;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files on activities ({@code activity_attachment}): the row; the bytes are in the file store. */
@Repository
class ActivityAttachmentRepository {

    private static final String COLUMNS = "select id, activity_id, file_name, content_type, size_bytes from activity_attachment";

    private final JdbcClient jdbc;

    ActivityAttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID activityId, String fileName, String contentType, long sizeBytes, String storageKey,
            UUID createdBy) {
        jdbc.sql("""
                insert into activity_attachment (id, activity_id, file_name, content_type, size_bytes, storage_key, created_by)
                values (:id, :activity, :name, :type, :size, :key, :by)""").param("id", id)
                .param("activity", activityId).param("name", fileName).param("type", contentType)
                .param("size", sizeBytes).param("key", storageKey).param("by", createdBy).update();
    }

    /** An activity's files, oldest first. */
    List<Attachment> ofActivity(UUID activityId) {
        return jdbc.sql(COLUMNS + " where activity_id = ? order by created_at, id").param(activityId)
                .query(ActivityAttachmentRepository::map).list();
    }

    Optional<Attachment> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ActivityAttachmentRepository::map).optional();
    }

    Optional<String> storageKey(UUID id) {
        return jdbc.sql("select storage_key from activity_attachment where id = ?").param(id).query(String.class)
                .optional();
    }

    private static Attachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getLong(5));
    }
}
