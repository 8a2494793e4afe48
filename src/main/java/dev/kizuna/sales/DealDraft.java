package dev.kizuna.sales;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A deal as typed. On create, a null pipeline is the first one, a null stage its first open stage and a null
 * owner the caller. On update the pipeline and stage stay (moving is {@link Deals#move}); {@code customFields} only
 * changes the keys sent.
 */
public record DealDraft(String name, UUID companyId, UUID contactId, UUID pipelineId, UUID stageId, Long amount,
        LocalDate expectedCloseOn, UUID ownerId, String leadSource, Long budget, String challenges, String nextStep,
        LocalDate nextStepOn, UUID lostReasonId, String lostNote, Map<String, ?> customFields) {

    public static DealDraft of(Deal d) {
        return new DealDraft(d.name(), d.companyId(), d.contactId(), d.pipelineId(), d.stageId(), d.amount(),
                d.expectedCloseOn(), d.ownerId(), d.leadSource(), d.budget(), d.challenges(), d.nextStep(),
                d.nextStepOn(), d.lostReasonId(), d.lostNote(), Map.of());
    }

    /** This draft with {@code owner} as its owner. */
    DealDraft withOwner(UUID owner) {
        return new DealDraft(name, companyId, contactId, pipelineId, stageId, amount, expectedCloseOn, owner,
                leadSource, budget, challenges, nextStep, nextStepOn, lostReasonId, lostNote, customFields);
    }
}
