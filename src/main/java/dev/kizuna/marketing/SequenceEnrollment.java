package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.UUID;

/** One customer going through a sequence: active (the next step due on a day), finished or stopped (why). */
public record SequenceEnrollment(UUID id, UUID sequenceId, UUID companyId, String companyName, String status,
        String stopReason, LocalDate startedOn, int nextStep, LocalDate nextDueOn) {
}
