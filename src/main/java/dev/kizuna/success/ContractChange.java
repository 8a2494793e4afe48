package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/** One plan change of a contract: from → to, on which day, the amount before and after, and why. */
public record ContractChange(UUID id, UUID contractId, LocalDate changedOn, String fromPlan, String toPlan,
        long amountBefore, long amountAfter, String reason) {
}
