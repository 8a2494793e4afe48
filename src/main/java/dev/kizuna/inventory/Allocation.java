package dev.kizuna.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stock held back (引当) for a {@code campaign} or for the next deliveries of {@code subscriptions}, counted against
 * available stock until {@code untilOn} (inclusive) or until released. {@code campaignId} names the marketing
 * campaign when the allocation is for one.
 */
public record Allocation(UUID id, UUID skuId, String skuCode, String skuName, String purpose, UUID campaignId,
        String label, int quantity, LocalDate untilOn, Instant releasedAt, long version, Instant createdAt) {

    public static final List<String> PURPOSES = List.of("campaign", "subscriptions");

    /** Counted against available stock on {@code today}. */
    public boolean activeOn(LocalDate today) {
        return releasedAt == null && !untilOn.isBefore(today);
    }
}
