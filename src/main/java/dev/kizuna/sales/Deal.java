package dev.kizuna.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A deal (商談): a customer's opportunity in a pipeline stage, with its amount in yen, the owner responsible until
 * it is paid, what the customer needs (budget, 課題), the next step, and — once lost — why. {@code stalled} is
 * null, {@code stage} (longer in the stage than it allows) or {@code idle} (no activity and no next step for the
 * set number of business days), as of when it was read.
 */
public record Deal(UUID id, String name, UUID companyId, String companyName, UUID contactId, String contactName,
        UUID pipelineId, UUID stageId, String stageName, String stageNameEn, StageKind status, boolean active,
        long amount, LocalDate expectedCloseOn, UUID ownerId, String ownerName, String leadSource, Long budget,
        String challenges, String nextStep, LocalDate nextStepOn, UUID lostReasonId, String lostReasonName,
        String lostNote, Instant stageEnteredAt, Instant lastActivityAt, Instant closedAt,
        Map<String, Object> customFields, String stalled, long version, Instant createdAt, Instant updatedAt) {

    public static final String STALLED_STAGE = "stage";
    public static final String STALLED_IDLE = "idle";

    public String stageLabel(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !stageNameEn.isBlank() ? stageNameEn : stageName;
    }

    public boolean isStalled() {
        return stalled != null;
    }

    /** Whole days in the current stage, as of {@code now}. */
    public long daysInStage(Instant now) {
        return java.time.Duration.between(stageEnteredAt, now).toDays();
    }

    /** What the audit log keeps of a deal. */
    AuditView audit() {
        return new AuditView(name, companyId, contactId, pipelineId, stageId, status.code(), amount, expectedCloseOn,
                ownerId, leadSource, budget, challenges, nextStep, nextStepOn, lostReasonId, lostNote, customFields);
    }

    record AuditView(String name, UUID companyId, UUID contactId, UUID pipelineId, UUID stageId, String status,
            long amount, LocalDate expectedCloseOn, UUID ownerId, String leadSource, Long budget, String challenges,
            String nextStep, LocalDate nextStepOn, UUID lostReasonId, String lostNote, Map<String, Object> customFields) {
    }
}
