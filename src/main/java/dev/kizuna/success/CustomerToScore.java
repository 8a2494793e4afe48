package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

/** A customer the daily job scores: what picks its model (kind, tags) and who hears about it (owner). */
record CustomerToScore(UUID id, String name, String kind, List<String> tags, UUID ownerId) {
}
