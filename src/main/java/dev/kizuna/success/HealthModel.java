package dev.kizuna.success;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of a health model: {@code draft} (edited freely), {@code published} (scores customers; never changes),
 * or {@code retired} (replaced by a newer published version of the same model, {@code modelKey}). Published models
 * are tried in {@code position} order; a customer takes the first whose segment it is in.
 */
public record HealthModel(UUID id, UUID modelKey, int number, String name, String status, int position,
        HealthDefinition definition, Instant publishedAt, long version) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final List<String> STATUSES = List.of(DRAFT, PUBLISHED, "retired");

    public boolean draft() {
        return DRAFT.equals(status);
    }
}
