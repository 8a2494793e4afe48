package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's current health score: the model version that gave it, the score and band, since when it is in that
 * band, and the line per component that explains it.
 */
public record HealthScore(UUID companyId, String companyName, String companyKana, UUID ownerId, String ownerName,
        UUID modelId, String modelName, int modelNumber, BigDecimal score, HealthBand band, LocalDate bandSince,
        List<ComponentScore> components, LocalDate computedOn) {
}
