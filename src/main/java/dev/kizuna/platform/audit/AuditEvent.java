package dev.kizuna.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log as read back; before/after are JSON text. */
public record AuditEvent(long id, Instant occurredAt, UUID actorId, String actorName, String action,
        String objectType, String objectId, String summary, String before, String after, String ip) {
}
