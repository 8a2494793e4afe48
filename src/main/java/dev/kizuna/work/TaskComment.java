package dev.kizuna.work;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A comment on a task; the people it @mentions were notified. */
public record TaskComment(UUID id, UUID authorId, String authorName, String body, List<UUID> mentions,
        Instant createdAt) {
}
