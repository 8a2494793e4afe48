package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/** A new plan or the changes to one; {@code templateId} and {@code companyId} are read only when creating. */
public record PlanDraft(UUID companyId, UUID templateId, LocalDate goLiveOn, UUID ownerUserId, UUID ownerRoleId,
        String meetingCadence) {
}
