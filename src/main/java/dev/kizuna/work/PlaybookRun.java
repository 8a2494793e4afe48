package dev.kizuna.work;

import java.time.Instant;
import java.util.UUID;

/**
 * A running instance of a playbook on a customer (and deal): where it is ({@code step}, 0-based, of the version it
 * started on), the task of that step, what it waits for, and — when a step failed — the tries and the last error.
 * Status: running, waiting, paused, done, cancelled, failed (the errors view).
 */
public record PlaybookRun(UUID id, UUID playbookId, String playbookName, int versionNumber, UUID companyId,
        String companyName, UUID dealId, UUID orderId, String status, int step, int stepCount, String stepTitle, String stepRole,
        String stepKind, int iteration, UUID taskId, String waitFor, Instant dueAt, int attempts, String lastError,
        long version, Instant createdAt, Instant updatedAt) {

    public boolean open() {
        return "running".equals(status) || "waiting".equals(status) || "paused".equals(status)
                || "failed".equals(status);
    }

    /** Past its last step: the run went through every step (nothing is current any more). */
    public boolean finished() {
        return step >= stepCount;
    }
}
