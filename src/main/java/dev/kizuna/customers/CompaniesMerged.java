package dev.kizuna.customers;

import java.util.UUID;

/**
 * Two customers were merged into one: {@code mergedId} is gone, {@code survivorId} carries everything it had.
 * Published inside the merge's transaction, after its contacts moved and before its row is deleted: listeners in
 * later modules (activities, deals, orders) re-point their rows from {@code mergedId} to {@code survivorId} in the
 * same transaction, with a plain synchronous {@code @EventListener} (an after-commit listener would be too late:
 * the delete fails while a row still points at the merged customer, and the whole merge is undone).
 */
public record CompaniesMerged(UUID survivorId, UUID mergedId) {
}
