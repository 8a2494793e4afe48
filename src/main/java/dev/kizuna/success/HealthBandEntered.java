package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's health score entered a band its model routes, on a day ({@code previous} is null for its first score):
 * 危険 when the model starts the churn-prevention playbook for the owner, 拡大候補 when it makes an upsell deal. Other
 * band changes are recorded (the current score's {@code bandSince}, the daily snapshot) but not published.
 */
public record HealthBandEntered(UUID companyId, String companyName, UUID ownerId, HealthBand band,
        HealthBand previous, BigDecimal score, UUID modelId, int modelNumber, LocalDate day, boolean routeDanger,
        boolean routeExpansion) {
}
