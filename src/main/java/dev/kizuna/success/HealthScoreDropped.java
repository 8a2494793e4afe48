package dev.kizuna.success;

import java.math.BigDecimal;
import java.util.UUID;

/** A customer's score fell by at least the model's drop points within its drop days; the owner is told. */
public record HealthScoreDropped(UUID companyId, String companyName, UUID ownerId, BigDecimal from, BigDecimal to,
        int days) {
}
