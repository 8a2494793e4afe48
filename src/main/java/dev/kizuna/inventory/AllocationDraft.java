package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.UUID;

/** An allocation as asked for: which SKU, for what ({@code campaign} with its id, or {@code subscriptions}), how many, until when. */
public record AllocationDraft(UUID skuId, String purpose, UUID campaignId, String label, Integer quantity,
        LocalDate untilOn) {
}
