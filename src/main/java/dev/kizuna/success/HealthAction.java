package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a score did for a customer, with its reason: {@code drop_alert} (the owner was told of a drop),
 * {@code playbook} (the churn-prevention playbook started; {@code recordId} is the run) or {@code deal} (an upsell
 * deal; {@code recordId} is the deal).
 */
public record HealthAction(UUID id, UUID companyId, String kind, HealthBand band, BigDecimal score, String reason,
        UUID recordId, UUID ownerId, Instant at) {
}
