package dev.kizuna.marketing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subscription (定期便): a customer's products and quantities delivered on a {@link DeliveryCycle}, the next
 * delivery date, and its status. {@code payment} is {@code card} (paid on delivery) or {@code deferred} (後払い).
 */
public record Subscription(UUID id, UUID companyId, String companyName, String title, DeliveryCycle cycle,
        LocalDate nextDeliveryOn, SubscriptionStatus status, LocalDate pausedUntil, String payment, LocalDate startedOn,
        LocalDate cancelledOn, String cancelReason, List<Item> items, long version, Instant createdAt,
        Instant updatedAt) {

    /** One product of the subscription: how many per delivery at what unit price before tax, and its tax rate. */
    public record Item(UUID productId, String productName, int quantity, long unitPrice, int taxRate) {
        public long amount() {
            return Math.multiplyExact((long) quantity, unitPrice);
        }
    }

    /** The price of one delivery before tax. */
    public long price() {
        return items.stream().mapToLong(Item::amount).sum();
    }

    Subscription withItems(List<Item> newItems) {
        return new Subscription(id, companyId, companyName, title, cycle, nextDeliveryOn, status, pausedUntil, payment,
                startedOn, cancelledOn, cancelReason, newItems, version, createdAt, updatedAt);
    }
}
