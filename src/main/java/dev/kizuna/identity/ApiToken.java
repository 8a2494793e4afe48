package dev.kizuna.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as listed (never its secret). It acts with its owner's permission level;
 * {@code scope} {@code read} allows only GET requests.
 */
public record ApiToken(UUID id, UUID userId, String userName, String name, String prefix, String scope,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public static final String READ = "read";
    public static final String WRITE = "write";

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
