package dev.kizuna.success;

import java.util.UUID;

/** A health model version was published: every customer is scored again (by the listener, after the commit). */
public record HealthModelPublished(UUID modelId, UUID modelKey, int number) {
}
