package dev.kizuna.integrations;

import java.time.Instant;
import java.util.UUID;

/** One message to one webhook: pending (with its next attempt), delivered, or failed after every retry. */
public record Delivery(UUID id, UUID webhookId, String event, String text, String payload, String status,
        int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
        Instant deliveredAt) {
}
