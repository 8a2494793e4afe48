package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.UUID;

/** A subscription's delivery: its date, {@code ordered} (with the order made) or {@code skipped}. */
public record SubscriptionDelivery(LocalDate on, String outcome, UUID orderId) {
}
