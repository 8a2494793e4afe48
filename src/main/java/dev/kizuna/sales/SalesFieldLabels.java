package dev.kizuna.sales;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the deal and pipeline fields in error messages ({@code sales.field.<name>}), beside the shared ones. */
@Component
class SalesFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("amount", "budget", "challenges", "expectedCloseOn", "idleBusinessDays",
            "lostNote", "lostReasonId", "maxDays", "reachedOn", "nameEn", "nextStep", "nextStepOn", "pipelineId", "stageId",
            "stages", "winProbability", "dealId", "message", "minComplianceScore", "assignedTo");

    private final MessageSource messages;

    SalesFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        return FIELDS.contains(name) ? Optional.of(messages.getMessage("sales.field." + name, null, name, locale))
                : Optional.empty();
    }
}
