package dev.kizuna.success;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A new meeting or changes to one: the customer (and its plan, when it has one) are read only when creating. */
public record MeetingDraft(UUID companyId, String kind, Instant startsAt, String agenda, List<UUID> attendeeUserIds,
        List<UUID> attendeeContactIds) {
}
