package dev.kizuna.success;

import java.math.BigDecimal;
import java.util.List;

/** A customer's score on a day (0–100, one decimal), its band and the line per component that explains it. */
public record ScoreCard(BigDecimal score, HealthBand band, List<ComponentScore> components) {
}
