package dev.kizuna.activities.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.activities.Outcome;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quick-entry form as typed: the time in the rep's own zone (empty = now), a template whose text fills empty
 * details. Kept as typed when a rule is broken.
 */
record ActivityForm(String kind, UUID companyId, UUID contactId, UUID channelId, UUID typeId, Outcome outcome,
        UUID templateId, String details,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt, String followUpAction,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn, Long version, UUID dealId) {

    static ActivityForm blank(String kind, UUID companyId, UUID contactId, UUID defaultChannel, UUID dealId) {
        return new ActivityForm(kind == null ? Activity.ACTIVITY : kind, companyId, contactId, defaultChannel, null,
                null, null, "", null, "", null, null, dealId);
    }

    static ActivityForm of(Activity a, ZoneId zone) {
        return new ActivityForm(a.kind(), a.companyId(), a.contactId(), a.channelId(), a.typeId(), a.outcome(), null,
                a.details(), LocalDateTime.ofInstant(a.occurredAt(), zone).withSecond(0).withNano(0),
                a.followUpAction(), a.followUpOn(), a.version(), a.dealId());
    }

    public boolean note() {
        return Activity.NOTE.equals(kind);
    }

    ActivityDraft toDraft(ZoneId zone, String templateBody, boolean callChannel) {
        String text = (details == null || details.isBlank()) && templateBody != null ? templateBody : details;
        return new ActivityDraft(kind, occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), channelId,
                typeId, companyId, contactId, dealId, callChannel ? outcome : null, text, followUpAction, followUpOn);
    }
}
