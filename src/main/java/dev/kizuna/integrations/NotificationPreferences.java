package dev.kizuna.integrations;

import java.util.UUID;

import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own notification preferences: the morning digest e-mail, and e-mail as notifications come (from the
 * moment it is switched on; nothing older is sent).
 */
@Service
@Transactional
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    NotificationPreferences(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** {@code version} null: never saved yet. */
    public record Preference(boolean dailyDigest, boolean emailEach, Long version) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Preference mine() {
        return jdbc.sql("select daily_digest, email_each, version from notification_preference where user_id = ?")
                .param(CurrentActor.required().actorId())
                .query((rs, n) -> new Preference(rs.getBoolean(1), rs.getBoolean(2), rs.getLong(3))).optional()
                .orElse(new Preference(false, false, null));
    }

    /** Saves the caller's preference with the version read (null the first time); a stale one is 409. */
    @PreAuthorize("isAuthenticated()")
    public Preference setMine(boolean dailyDigest, boolean emailEach, Long version) {
        UUID me = CurrentActor.required().actorId();
        Preference before = mine();
        int changed = version == null
                ? jdbc.sql("""
                        insert into notification_preference (user_id, daily_digest, email_each, last_mailed_at)
                        values (?, ?, ?, now()) on conflict do nothing
                        """).params(me, dailyDigest, emailEach).update()
                : jdbc.sql("""
                        update notification_preference set daily_digest = ?, version = version + 1, updated_at = now(),
                               last_mailed_at = case when ? and not email_each then now() else last_mailed_at end,
                               email_each = ?
                         where user_id = ? and version = ?
                        """).params(dailyDigest, emailEach, emailEach, me, version).update();
        if (changed == 0) {
            throw new StaleVersionException("notification_preference", me);
        }
        Preference after = mine();
        audit.record("notification_preference.changed", "notification_preference", me, before, after);
        return after;
    }
}
