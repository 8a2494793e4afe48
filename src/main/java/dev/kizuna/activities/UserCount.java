package dev.kizuna.activities;

import java.util.UUID;

/** A number per rep: overdue follow-ups, customers without activity. Reps with none have no row. */
public record UserCount(UUID userId, long count) {
}
