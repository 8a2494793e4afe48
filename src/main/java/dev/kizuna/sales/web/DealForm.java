package dev.kizuna.sales.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.sales.Deal;
import dev.kizuna.sales.DealDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The deal form as typed; kept as typed when a rule is broken. Amounts in whole yen. */
record DealForm(String name, UUID companyId, UUID contactId, UUID pipelineId, UUID stageId, Long amount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseOn, UUID ownerId, String leadSource,
        Long budget, String challenges, String nextStep,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextStepOn, Long version) {

    static DealForm blank(UUID companyId, UUID pipelineId, UUID ownerId) {
        return new DealForm("", companyId, null, pipelineId, null, null, null, ownerId, "", null, "", "", null, null);
    }

    static DealForm of(Deal d) {
        return new DealForm(d.name(), d.companyId(), d.contactId(), d.pipelineId(), d.stageId(), d.amount(),
                d.expectedCloseOn(), d.ownerId(), d.leadSource(), d.budget(), d.challenges(), d.nextStep(),
                d.nextStepOn(), d.version());
    }

    DealDraft toDraft(Map<String, ?> custom, Deal before) {
        return new DealDraft(name, companyId, contactId, pipelineId, stageId, amount, expectedCloseOn, ownerId,
                leadSource, budget, challenges, nextStep, nextStepOn, before == null ? null : before.lostReasonId(),
                before == null ? "" : before.lostNote(), custom);
    }
}
