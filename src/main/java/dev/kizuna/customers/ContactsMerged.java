package dev.kizuna.customers;

import java.util.UUID;

/**
 * Two contacts were merged into one: {@code mergedId} is gone, {@code survivorId} carries its history.
 * Published inside the merge's transaction before the merged contact's row is deleted: listeners in later modules
 * (activities, deals) re-point their rows in the same transaction with a plain synchronous {@code @EventListener}.
 */
public record ContactsMerged(UUID survivorId, UUID mergedId) {
}
