package dev.kizuna.notifications;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notifications ({@code notification}): each user's own, newest first. */
@Repository
class NotificationRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("created_at", "timestamptz", "id", true);

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's notifications after the cursor, newest first; only the unread ones when asked. */
    List<Notification> page(UUID userId, boolean unreadOnly, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from notification where user_id = ?"
                + (unreadOnly ? " and read_at is null" : ""));
        List<Object> args = new ArrayList<>(List.of(userId));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(NotificationRepository::map).list();
    }

    /** A user's newest notifications. */
    List<Notification> newest(UUID userId, int limit) {
        return jdbc.sql("select * from notification where user_id = ? order by created_at desc, id desc limit ?")
                .params(userId, limit).query(NotificationRepository::map).list();
    }

    /** How many the user has not read (notification_unread_idx). */
    long unreadCount(UUID userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(userId)
                .query(Long.class).single();
    }

    /** Marks those of the ids that are the user's and unread as read; how many changed. */
    int markRead(UUID userId, List<UUID> ids) {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and id = any(?::uuid[]) and read_at is null")
                .params(userId, ids.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    int markAllRead(UUID userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null")
                .param(userId).update();
    }

    void insert(UUID id, UUID userId, String kind, UUID dealId, String messageKey, String argument, String href) {
        jdbc.sql("""
                insert into notification (id, user_id, kind, deal_id, message_key, argument, href)
                values (:id, :user, :kind, :deal, :key, :argument, :href)
                """).param("id", id).param("user", userId).param("kind", kind).param("deal", dealId)
                .param("key", messageKey).param("argument", argument).param("href", href).update();
    }

    private static Notification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("kind"), rs.getObject("deal_id", UUID.class), rs.getString("message_key"),
                rs.getString("argument"), rs.getString("href"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
