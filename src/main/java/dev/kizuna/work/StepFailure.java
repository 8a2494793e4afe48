package dev.kizuna.work;

import java.time.Duration;
import java.time.Instant;

/**
 * A playbook step that failed for the {@code attempts}th time in a row: it is retried with back-off (1, 2, 4, 8
 * minutes, doubling, at most 1,024) until {@link PlaybookEngine#MAX_ATTEMPTS} tries, when the run gives up
 * ({@code failed}, on the errors view).
 */
record StepFailure(int attempts) {

    StepFailure {
        if (attempts < 1) {
            throw new IllegalArgumentException("a failure is at least the first attempt");
        }
    }

    boolean givesUp() {
        return attempts >= PlaybookEngine.MAX_ATTEMPTS;
    }

    /** When the next try is due after a failure at {@code now}; null when the run gave up. */
    Instant retryAt(Instant now) {
        return givesUp() ? null : now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
    }

    String status() {
        return givesUp() ? "failed" : "running";
    }
}
