package dev.kizuna.success;

import java.util.List;
import java.util.Set;

import dev.kizuna.platform.api.ModuleFieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the success fields in error messages ({@code success.field.<name>}). */
@Component
class SuccessFieldLabels extends ModuleFieldLabels {

    static final Set<String> FIELDS = Set.of(
            "goLiveOn", "templateId", "ownerUserId", "ownerRoleId", "meetingCadence", "phase", "overdue", "goLiveFrom",
            "goLiveTo", "sort", "dueOffsetDays", "notes", "side", "startMonths", "endMonths", "phases", "startsAt",
            "kind", "status", "agenda", "minutes", "decisions", "attendeeUserIds", "attendeeContactIds", "actions",
            "unit", "better", "month", "target", "actual", "planId", "months", "from", "to", "planName", "amount",
            "billing", "startsOn", "endsOn", "autoRenew", "noticeDays", "renewalOwnerUserId", "toPlan", "amountAfter",
            "changedOn", "reason", "decidedOn", "newEndsOn", "contractId", "churnedOn", "reasonId", "questions",
            "answers", "cause", "improvement", "withinDays", "earlyRenewalDays", "file");

    SuccessFieldLabels(MessageSource messages) {
        super(messages, "success.field.", FIELDS, List.of("/api/v1/success-", "/api/v1/meetings", "/api/v1/kpis",
                "/api/v1/contracts", "/api/v1/renewals", "/api/v1/churn", "/success", "/customers/"));
    }
}
