package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.UUID;

/** A customer's paid orders moved them up a frequency stage (F1→F2 …); {@code on} is the order's date. */
public record FrequencyStageReached(UUID companyId, int fromStage, int toStage, LocalDate on) {
}
