package dev.kizuna.identity;

import java.util.UUID;

/** Who a presented token belongs to, and what it may do. */
public record TokenOwner(UUID tokenId, UUID userId, String scope) {
}
