package dev.kizuna.marketing;

import java.util.List;
import java.util.UUID;

/** What a person chose for a sequence; nulls keep what was there when changing one. */
public record StepSequenceDraft(String name, String trigger, Integer triggerDays, UUID segmentId, Boolean active,
        List<StepDraft> steps) {

    public record StepDraft(Integer delayDays, Boolean businessDays, UUID templateId) {
    }
}
