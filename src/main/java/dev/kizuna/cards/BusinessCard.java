package dev.kizuna.cards;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A business card: its image, where it stands ({@code queued → recognised → reviewed}, or {@code failed} with the
 * reason's message key in {@code error}), the fields read off it by key ({@link CardFieldName#key()}) with their
 * confidence, and once reviewed the contact and company it became. {@code ownerId}: who is told when it is in.
 */
public record BusinessCard(UUID id, String status, String fileName, String contentType, long fileSize,
        boolean hasBack, UUID ownerId, Map<String, CardField> fields, String ocrText, String error, Double seconds,
        UUID contactId, UUID companyId, Instant createdAt, Instant recognisedAt, Instant reviewedAt, long version) {

    public static final String QUEUED = "queued";
    public static final String RECOGNISED = "recognised";
    public static final String REVIEWED = "reviewed";
    public static final String FAILED = "failed";
    public static final java.util.List<String> STATUSES = java.util.List.of(QUEUED, RECOGNISED, REVIEWED, FAILED);

    /** The value of a field, or "" when none was read. */
    public String value(String key) {
        CardField f = fields.get(key);
        return f == null ? "" : f.value();
    }

    public boolean low(String key) {
        CardField f = fields.get(key);
        return f == null || f.low();
    }
}
