package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/** A customer got a success plan with its go-live date. */
public record SuccessPlanCreated(UUID planId, UUID companyId, LocalDate goLiveOn) {
}
