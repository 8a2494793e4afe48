package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's score on one day of the daily history. */
public record HealthSnapshot(LocalDate day, BigDecimal score, HealthBand band, int modelNumber) {
}
