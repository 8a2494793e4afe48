package dev.kizuna.integrations;

import java.time.Instant;
import java.util.UUID;

/**
 * Where to post: {@code chatwork} (a room, with an API token), {@code slack} (an incoming-webhook URL) or
 * {@code https} (any endpoint, signed with the secret in {@code token}); for the task events of a board or the
 * notifications of a user. The token is never shown back whole ({@link #maskedToken()}).
 */
public record Webhook(UUID id, String name, String kind, UUID boardId, UUID userId, String url, String roomId,
        String token, boolean active, long version, Instant createdAt) {

    public static final java.util.List<String> KINDS = java.util.List.of("chatwork", "slack", "https");

    public String maskedToken() {
        return token == null || token.isEmpty() ? "" : "••••" + token.substring(Math.max(0, token.length() - 4));
    }
}
