package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A usage figure of a customer on a day (seed 000: the portal's active-user rate), pushed through the API. */
public record UsageMetric(String metric, UUID companyId, LocalDate date, BigDecimal value) {
}
