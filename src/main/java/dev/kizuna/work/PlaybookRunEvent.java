package dev.kizuna.work;

import java.time.Instant;
import java.util.UUID;

/** One line of a run's history: started, step, task, email, wait, limit, resumed, skipped, paused, cancelled, failed, done. */
public record PlaybookRunEvent(UUID id, UUID runId, Instant at, Integer step, String kind, String detail,
        String actorName) {
}
