/**
 * Integrations: outgoing webhooks to Chatwork rooms, Slack and generic HTTPS endpoints, fed by other modules' events
 * (task events of a board, a user's notifications) through a durable outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrations")
package dev.kizuna.integrations;
