package dev.kizuna.identity;

import java.util.UUID;

/**
 * An administrator gave a user a temporary password: whoever held the old one is out — their sessions and
 * remember-me logins end (the API tokens were revoked with the reset).
 */
public record PasswordReset(UUID userId, String email) {
}
