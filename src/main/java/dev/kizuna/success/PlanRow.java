package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One account on the phase board: its customer, go-live date, CS owner, current phase (null before the first phase
 * starts), days to (negative) or since go-live, and its checklist's progress.
 */
public record PlanRow(UUID planId, UUID companyId, String companyName, String companyKana, LocalDate goLiveOn,
        UUID ownerUserId, String ownerName, String phaseKey, String phaseName, long daysFromGoLive,
        ChecklistProgress progress, long version) {
}
