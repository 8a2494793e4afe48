package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's health score entered a band on a day ({@code previous} is null for its first score). Entering 危険
 * starts the churn-prevention playbook for the owner, entering 拡大候補 makes an upsell deal, when the model says so.
 */
public record HealthBandEntered(UUID companyId, String companyName, UUID ownerId, HealthBand band,
        HealthBand previous, BigDecimal score, UUID modelId, int modelNumber, LocalDate day, boolean routeDanger,
        boolean routeExpansion) {
}
