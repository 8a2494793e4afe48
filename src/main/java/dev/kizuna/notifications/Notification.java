package dev.kizuna.notifications;

import java.time.Instant;
import java.util.UUID;

/** An in-app notice to one user: a message key with one argument, where it leads, and whether it was read. */
public record Notification(UUID id, UUID userId, String kind, UUID dealId, String messageKey, String argument,
        String href, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
