/**
 * Integrations: outgoing webhooks to Chatwork rooms, Slack and generic HTTPS endpoints, fed by other modules' events
 * (task events of a board, a user's notifications) through a durable outbox; notifications by e-mail, as they come
 * or in the morning digest, by each person's preferences.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, notifications,
 * work (task events and boards become webhook messages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrations",
        allowedDependencies = {"identity", "notifications", "work"})
@ReadsTables(module = "identity", tables = "app_user",
        why = "the e-mail address and language of each person who gets notification mail")
@ReadsTables(module = "notifications", tables = "notification",
        why = "the unread notifications listed in an e-mail or the morning digest")
package dev.kizuna.integrations;

import dev.kizuna.platform.db.ReadsTables;
