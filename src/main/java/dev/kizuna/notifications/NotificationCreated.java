package dev.kizuna.notifications;

import java.util.UUID;

/**
 * Someone was told something in the app. Published inside the telling transaction, so that outgoing webhooks
 * (module {@code integrations}) are queued with it or not at all.
 */
public record NotificationCreated(UUID notificationId, UUID userId, String kind, String messageKey, String argument,
        String href) {
}
