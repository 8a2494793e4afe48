package dev.kizuna.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the rest of Kizuna sees them (never their password). */
public record User(UUID id, String email, String displayName, String nameKana, PermissionLevel level,
        String locale, String timeZone, boolean active, boolean mustChangePassword, long version,
        Instant createdAt, Instant updatedAt, List<RoleRef> roles, List<TeamRef> teams) {

    public List<UUID> roleIds() {
        return roles.stream().map(RoleRef::id).toList();
    }

    /** The values worth keeping in the audit log. */
    AuditView audit() {
        return new AuditView(email, displayName, nameKana, level, locale, timeZone, active,
                roles.stream().map(RoleRef::name).toList());
    }

    record AuditView(String email, String displayName, String nameKana, PermissionLevel level, String locale,
            String timeZone, boolean active, List<String> roles) {
    }
}
