package dev.kizuna.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One logged activity or note: when it happened ({@code occurredAt}) and when it was logged ({@code loggedAt}),
 * who, how (channel), what about (type), with which customer and contact, how a call went, what was said, and
 * the follow-up promised.
 */
public record Activity(UUID id, String kind, Instant occurredAt, Instant loggedAt, UUID userId, String userName,
        UUID channelId, String channelName, UUID typeId, String typeName, UUID companyId, String companyName,
        UUID contactId, String contactName, UUID dealId, Outcome outcome, String details, String followUpAction,
        LocalDate followUpOn, Instant followUpDoneAt, long version) {

    public static final String ACTIVITY = "activity";
    public static final String NOTE = "note";

    public boolean note() {
        return NOTE.equals(kind);
    }

    /** A follow-up is open until it is marked done. */
    public boolean followUpOpen() {
        return followUpOn != null && followUpDoneAt == null;
    }

    AuditView audit() {
        return new AuditView(kind, occurredAt, userId, channelName, typeName, companyId, contactId, dealId, outcome,
                details, followUpAction, followUpOn);
    }

    record AuditView(String kind, Instant occurredAt, UUID userId, String channel, String type, UUID companyId,
            UUID contactId, UUID dealId, Outcome outcome, String details, String followUpAction, LocalDate followUpOn) {
    }
}
