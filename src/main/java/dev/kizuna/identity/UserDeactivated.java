package dev.kizuna.identity;

import java.util.UUID;

/** A user can no longer sign in; their records keep them as owner. Their sessions and tokens stop working. */
public record UserDeactivated(UUID userId, String email) {
}
