package dev.kizuna.sales;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications (the bell in the header): each user reads and clears their own. */
@Service
@Transactional
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's newest notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return jdbc.sql("select * from notification where user_id = ? order by created_at desc, id desc limit ?")
                .params(CurrentActor.required().actorId(), limit).query(Notifications::map).list();
    }

    /** How many the caller has not read (served by notification_unread_idx). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(CurrentActor.required().actorId()).query(Long.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null")
                .param(CurrentActor.required().actorId()).update();
    }

    /**
     * Tells one user something in the app (the bell), for other modules such as {@code work}: a message key of the
     * caller's module with one argument, and the page it leads to. No permission check: callers decide who is told.
     */
    public void tell(UUID userId, String kind, String messageKey, String argument, String href) {
        send(userId, kind, null, messageKey, argument == null ? "" : argument, href);
    }

    void send(UUID userId, String kind, UUID dealId, String messageKey, String argument, String href) {
        jdbc.sql("""
                insert into notification (id, user_id, kind, deal_id, message_key, argument, href)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(Ids.newId(), userId, kind, dealId, messageKey, argument, href).update();
    }

    private static Notification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("kind"), rs.getObject("deal_id", UUID.class), rs.getString("message_key"),
                rs.getString("argument"), rs.getString("href"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
