package dev.kizuna.marketing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of a subscription's history: what was done, by whom, the status before and after, and the details. */
public record SubscriptionEntry(UUID id, Instant at, UUID actorId, String actorName, String action,
        String statusBefore, String statusAfter, Map<String, Object> detail) {
}
