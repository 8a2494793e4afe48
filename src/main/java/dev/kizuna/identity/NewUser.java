package dev.kizuna.identity;

import java.util.List;
import java.util.UUID;

/**
 * Creating a user. {@code password} may be null: a temporary one is generated, shown once to the admin,
 * and the user must change it at first sign-in.
 */
public record NewUser(String email, String displayName, String nameKana, PermissionLevel level, String locale,
        String timeZone, List<UUID> roleIds, String password) {
}
