package dev.kizuna.sales;

import java.time.Instant;
import java.util.UUID;

/** A deal reached a lost stage (失注), with the reason chosen. */
public record DealLost(UUID dealId, UUID companyId, UUID ownerId, long amount, UUID lostReasonId, Instant lostAt) {
}
