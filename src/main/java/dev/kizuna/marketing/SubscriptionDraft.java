package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as typed: the customer, products and quantities (a unit price left empty is the product's), the
 * cycle ({@code days}, {@code weeks} or {@code months}, every N, and for months a fixed day), the next delivery and how
 * it is paid. On a change, what is left null stays as it was.
 */
public record SubscriptionDraft(UUID companyId, String title, List<ItemDraft> items, String cycleUnit,
        Integer cycleEvery, Integer dayOfMonth, LocalDate nextDeliveryOn, String payment) {

    public record ItemDraft(UUID productId, Integer quantity, Long unitPrice) {
    }
}
