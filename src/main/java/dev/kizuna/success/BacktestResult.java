package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A model's back-test over a period, scored {@code daysBefore} days before each churn or renewal. */
public record BacktestResult(UUID modelId, String modelName, int modelNumber, LocalDate from, LocalDate to,
        int daysBefore, BacktestFigures figures, List<BacktestOutcome> outcomes) {
}
