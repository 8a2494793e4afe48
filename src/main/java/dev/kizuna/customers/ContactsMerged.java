package dev.kizuna.customers;

import java.util.UUID;

/**
 * Two contacts were merged into one: {@code mergedId} is gone, {@code survivorId} carries its history.
 * Published inside the merge's transaction after every module's {@link CustomerRecords} moved its rows and before
 * the merged contact's row is deleted.
 */
public record ContactsMerged(UUID survivorId, UUID mergedId) {
}
