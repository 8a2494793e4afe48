package dev.kizuna.notifications;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications (the bell in the header): each user reads and clears their own. */
@Service
@Transactional
public class Notifications {

    static final KeysetOrder NEWEST = new KeysetOrder("created_at", "timestamptz", "id", true);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The caller's notifications, newest first, keyset-paged; only the unread ones when asked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Notification> page(boolean unreadOnly, PageQuery page) {
        StringBuilder sql = new StringBuilder("select * from notification where user_id = ?"
                + (unreadOnly ? " and read_at is null" : ""));
        List<Object> args = new java.util.ArrayList<>(List.of(CurrentActor.required().actorId()));
        NEWEST.appendAfter(sql, args, page.decodedCursor(2));
        NEWEST.appendOrderAndLimit(sql, args, page.fetchSize());
        return page.page(jdbc.sql(sql.toString()).params(args).query(Notifications::map).list(),
                n -> Cursor.of(n.createdAt().toString(), n.id()));
    }

    /** Marks some of the caller's notifications read; others' ids are ignored. Returns how many changed. */
    @PreAuthorize("isAuthenticated()")
    public int markRead(List<UUID> ids) {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and id = any(?::uuid[]) and read_at is null")
                .params(CurrentActor.required().actorId(), ids.stream().map(UUID::toString).toArray(String[]::new))
                .update();
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
     * Tells one user something in the app (the bell), for other modules such as {@code work} and {@code commerce}: a
     * message key of the caller's module with one argument ({0}), and the page it leads to. No permission check:
     * callers decide who is told.
     */
    public void tell(UUID userId, String kind, String messageKey, String argument, String href) {
        tell(userId, kind, null, messageKey, argument == null ? "" : argument, href);
    }

    /** As above, about a deal: the notification goes when the deal is deleted. */
    public void tell(UUID userId, String kind, UUID dealId, String messageKey, String argument, String href) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into notification (id, user_id, kind, deal_id, message_key, argument, href)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, userId, kind, dealId, messageKey, argument, href).update();
        events.publishEvent(new NotificationCreated(id, userId, kind, messageKey, argument, href));
    }

    private static Notification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("kind"), rs.getObject("deal_id", UUID.class), rs.getString("message_key"),
                rs.getString("argument"), rs.getString("href"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
