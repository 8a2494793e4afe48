package dev.kizuna.sales;

import java.util.List;
import java.util.Set;

import dev.kizuna.platform.api.ModuleFieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the deal and pipeline fields in error messages ({@code sales.field.<name>}), beside the shared ones. */
@Component
class SalesFieldLabels extends ModuleFieldLabels {

    static final Set<String> FIELDS = Set.of(
            "amount", "budget", "challenges", "expectedCloseOn", "idleBusinessDays", "lostNote", "lostReasonId",
            "maxDays", "reachedOn", "nameEn", "nextStep", "nextStepOn", "pipelineId", "stageId", "stages",
            "winProbability", "dealId", "message", "minComplianceScore", "assignedTo");

    SalesFieldLabels(MessageSource messages) {
        super(messages, "sales.field.", FIELDS, List.of());
    }
}
