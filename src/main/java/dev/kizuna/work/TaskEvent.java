package dev.kizuna.work;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a task's history: {@code created}, {@code status}, {@code taken}, {@code handed}, {@code comment}
 * or {@code changed}, with a detail as people read it.
 */
public record TaskEvent(UUID id, UUID taskId, Instant at, String actorName, String kind, String detail) {
}
