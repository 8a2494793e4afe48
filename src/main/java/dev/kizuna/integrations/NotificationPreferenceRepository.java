package dev.kizuna.integrations;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's notification preference row ({@code notification_preference}). */
@Repository
class NotificationPreferenceRepository {

    private final JdbcClient jdbc;

    NotificationPreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NotificationPreferences.Preference> of(UUID userId) {
        return jdbc.sql("select daily_digest, email_each, version from notification_preference where user_id = ?")
                .param(userId)
                .query((rs, n) -> new NotificationPreferences.Preference(rs.getBoolean(1), rs.getBoolean(2),
                        rs.getLong(3)))
                .optional();
    }

    /** The person's first preference, mailing from now on; false when they have one already. */
    boolean insert(UUID userId, boolean dailyDigest, boolean emailEach) {
        return jdbc.sql("""
                insert into notification_preference (user_id, daily_digest, email_each, last_mailed_at)
                values (?, ?, ?, now()) on conflict do nothing
                """).params(userId, dailyDigest, emailEach).update() != 0;
    }

    /**
     * Changes the preference if {@code version} is the row's (false when stale); switching e-mail on starts its
     * window now, so nothing older is sent.
     */
    boolean update(UUID userId, boolean dailyDigest, boolean emailEach, long version) {
        return jdbc.sql("""
                update notification_preference set daily_digest = ?, version = version + 1, updated_at = now(),
                       last_mailed_at = case when ? and not email_each then now() else last_mailed_at end,
                       email_each = ?
                 where user_id = ? and version = ?
                """).params(dailyDigest, emailEach, emailEach, userId, version).update() != 0;
    }
}
