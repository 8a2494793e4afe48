package dev.kizuna.identity;

import java.util.UUID;

/** A user's permission level changed; their open sessions are ended so the new level applies at once. */
public record PermissionLevelChanged(UUID userId, String email, PermissionLevel from, PermissionLevel to) {
}
