package dev.kizuna.work;

import java.time.Instant;
import java.util.UUID;

/** One line of a task's checklist. */
public record ChecklistItem(UUID id, int position, String label, boolean done, Instant doneAt) {
}
