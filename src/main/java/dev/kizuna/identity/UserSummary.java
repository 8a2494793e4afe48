package dev.kizuna.identity;

import java.time.Instant;
import java.util.UUID;

/** A row of the users list: enough to show and pick a user (an owner, an assignee). */
public record UserSummary(UUID id, String email, String displayName, String nameKana, PermissionLevel level,
        boolean active, Instant createdAt, String roleNames) {
}
