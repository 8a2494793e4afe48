package dev.kizuna.success;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the success fields in error messages ({@code success.field.<name>}). */
@Component
class SuccessFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("goLiveOn", "templateId", "ownerUserId", "ownerRoleId", "meetingCadence",
            "phase", "overdue", "goLiveFrom", "goLiveTo", "sort", "dueOffsetDays", "notes", "side", "startMonths",
            "endMonths", "phases", "startsAt", "kind", "status", "agenda", "minutes", "decisions", "attendeeUserIds",
            "attendeeContactIds", "actions", "unit", "better", "month", "target", "actual", "planId", "months", "from", "to",
            "planName", "amount", "billing", "startsOn", "endsOn", "autoRenew", "noticeDays", "renewalOwnerUserId",
            "toPlan", "amountAfter", "changedOn", "reason", "decidedOn", "newEndsOn", "contractId", "churnedOn",
            "reasonId", "questions", "answers", "cause", "improvement", "withinDays", "earlyRenewalDays");

    private static final java.util.List<String> PATHS = java.util.List.of("/api/v1/success-", "/api/v1/meetings", "/api/v1/kpis", "/api/v1/contracts", "/api/v1/renewals", "/api/v1/churn", "/success", "/customers/");

    private final MessageSource messages;

    SuccessFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Only this module's pages and API: its names (status, kind, from, to …) are common words elsewhere. */
    @Override
    public boolean labels(String path) {
        return PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        return FIELDS.contains(name) ? Optional.of(messages.getMessage("success.field." + name, null, name, locale))
                : Optional.empty();
    }
}
