package dev.kizuna.customers;

import java.util.UUID;

/**
 * Two customers were merged into one: {@code mergedId} is gone, {@code survivorId} carries everything it had.
 * Published inside the merge's transaction, after every module's {@link CustomerRecords} moved its rows and before
 * the merged row is deleted. A module that keeps rows about customers moves them in its {@link CustomerRecords}
 * (which also says what moved, for the audit entry), not by listening to this event.
 */
public record CompaniesMerged(UUID survivorId, UUID mergedId) {
}
