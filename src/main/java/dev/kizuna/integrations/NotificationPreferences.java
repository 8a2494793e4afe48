package dev.kizuna.integrations;

import java.util.UUID;

import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
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

    private final NotificationPreferenceRepository rows;
    private final AuditLog audit;

    NotificationPreferences(NotificationPreferenceRepository rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** {@code version} null: never saved yet. */
    public record Preference(boolean dailyDigest, boolean emailEach, Long version) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Preference mine() {
        return rows.of(CurrentActor.required().actorId()).orElse(new Preference(false, false, null));
    }

    /** Saves the caller's preference with the version read (null the first time); a stale one is 409. */
    @PreAuthorize("isAuthenticated()")
    public Preference setMine(boolean dailyDigest, boolean emailEach, Long version) {
        UUID me = CurrentActor.required().actorId();
        Preference before = mine();
        boolean changed = version == null ? rows.insert(me, dailyDigest, emailEach)
                : rows.update(me, dailyDigest, emailEach, version);
        if (!changed) {
            throw new StaleVersionException("notification_preference", me);
        }
        Preference after = mine();
        audit.record("notification_preference.changed", "notification_preference", me, before, after);
        return after;
    }
}
