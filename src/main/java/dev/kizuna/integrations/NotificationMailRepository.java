package dev.kizuna.integrations;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What notification e-mails read and claim: the preference rows ({@code notification_preference}) that say who
 * gets which mail and what was last sent, and the unread notifications to list.
 */
@Repository
class NotificationMailRepository {

    private final JdbcClient jdbc;

    NotificationMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active people who asked for the digest and have not had the one of {@code day} yet. */
    List<NotificationMail.Person> digestDue(LocalDate day) {
        return jdbc.sql("""
                select u.id, u.email, u.locale, p.last_digest_on from notification_preference p
                  join app_user u on u.id = p.user_id
                 where p.daily_digest and u.active and (p.last_digest_on is null or p.last_digest_on < ?)
                """).param(Date.valueOf(day))
                .query((rs, n) -> new NotificationMail.Person(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
    }

    /** Marks the person's digest of {@code day} sent; false when someone else did first. */
    boolean claimDigest(UUID userId, LocalDate day) {
        return jdbc.sql("""
                update notification_preference set last_digest_on = ?
                 where user_id = ? and (last_digest_on is null or last_digest_on < ?)
                """).params(Date.valueOf(day), userId, Date.valueOf(day)).update() == 1;
    }

    /** A digest that was not sent: its day goes back to what it was. */
    void giveDigestBack(UUID userId, LocalDate lastDigestOn) {
        jdbc.sql("update notification_preference set last_digest_on = ? where user_id = ?")
                .params(lastDigestOn == null ? null : Date.valueOf(lastDigestOn), userId).update();
    }

    /** The person's unread notifications created in [from, to), newest first. */
    List<NotificationMail.Line> unreadBetween(UUID userId, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select message_key, argument, href from notification
                 where user_id = ? and read_at is null and created_at >= ? and created_at < ?
                 order by created_at desc limit ?
                """).params(userId, Timestamp.from(from), Timestamp.from(to), limit)
                .query(NotificationMailRepository::line).list();
    }

    /** An active person, for the mail's address and language. */
    Optional<NotificationMail.Person> activePerson(UUID userId) {
        return jdbc.sql("select id, email, locale from app_user where id = ? and active").param(userId)
                .query((rs, n) -> new NotificationMail.Person(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), null))
                .optional();
    }

    /** The person's unread notifications in the window (from its start, or its end if it has none), oldest first. */
    List<NotificationMail.Line> unreadIn(NotificationMail.Window w, int limit) {
        return jdbc.sql("""
                select message_key, argument, href from notification
                 where user_id = ? and read_at is null and created_at > coalesce(cast(? as timestamptz), ?) and created_at <= ?
                 order by created_at limit ?
                """).params(w.id(), w.from(), w.to(), w.to(), limit).query(NotificationMailRepository::line).list();
    }

    /** A mail that was not sent: the window's start goes back, to be tried again. */
    void giveWindowBack(NotificationMail.Window w) {
        jdbc.sql("update notification_preference set last_mailed_at = ? where user_id = ?").params(w.from(), w.id())
                .update();
    }

    /**
     * Claims the next person with something to mail (or whose window has not begun yet), not among {@code seen}:
     * moves their window's end to now and returns it.
     */
    Optional<NotificationMail.Window> claimNextWindow(List<UUID> seen) {
        return jdbc.sql("""
                with due as (select p.user_id, p.last_mailed_at from notification_preference p
                              where p.email_each and not (p.user_id = any(?))
                                and (p.last_mailed_at is null or exists (select 1 from notification n
                                      where n.user_id = p.user_id and n.read_at is null and n.created_at > p.last_mailed_at))
                              order by p.last_mailed_at nulls first limit 1 for update skip locked)
                update notification_preference p set last_mailed_at = now()
                  from due where p.user_id = due.user_id
                returning p.user_id, due.last_mailed_at, p.last_mailed_at
                """).param(seen.toArray(UUID[]::new))
                .query((rs, n) -> new NotificationMail.Window(rs.getObject(1, UUID.class), rs.getTimestamp(2),
                        rs.getTimestamp(3)))
                .optional();
    }

    private static NotificationMail.Line line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new NotificationMail.Line(rs.getString(1), rs.getString(2), rs.getString(3));
    }
}
