package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.UUID;

/** A customer started a subscription (定期便); its first delivery is {@code firstDeliveryOn}. */
public record SubscriptionStarted(UUID subscriptionId, UUID companyId, LocalDate firstDeliveryOn) {
}
