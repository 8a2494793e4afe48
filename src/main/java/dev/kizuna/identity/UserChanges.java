package dev.kizuna.identity;

import java.util.List;
import java.util.UUID;

/** An administrator's edit of a user; every field is the new value. */
public record UserChanges(String email, String displayName, String nameKana, PermissionLevel level,
        String locale, String timeZone, List<UUID> roleIds) {
}
