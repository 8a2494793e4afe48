package dev.kizuna.identity;

import java.util.UUID;

/** A user was created (by an admin, the API or the first start). */
public record UserCreated(UUID userId, String email, PermissionLevel level) {
}
