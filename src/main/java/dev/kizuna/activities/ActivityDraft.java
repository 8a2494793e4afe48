package dev.kizuna.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity as typed: {@code occurredAt} null means now; a note needs only the customer and its details.
 * {@code outcome} only for call channels.
 */
public record ActivityDraft(String kind, Instant occurredAt, UUID channelId, UUID typeId, UUID companyId,
        UUID contactId, UUID dealId, Outcome outcome, String details, String followUpAction, LocalDate followUpOn) {

    public static ActivityDraft of(Activity a) {
        return new ActivityDraft(a.kind(), a.occurredAt(), a.channelId(), a.typeId(), a.companyId(), a.contactId(),
                a.dealId(), a.outcome(), a.details(), a.followUpAction(), a.followUpOn());
    }
}
