package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One churn or renewal in a back-test: the customer, the day it happened, whether it was a churn, and the score and
 * band the model gives from what was known {@code D} days before ({@code scoredOn}).
 */
public record BacktestOutcome(UUID companyId, String companyName, LocalDate happenedOn, boolean churned,
        LocalDate scoredOn, BigDecimal score, HealthBand band) {
}
