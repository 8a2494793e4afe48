package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A feedback item (お客様の声): its kind (改善要望 {@code request}, 不満 {@code complaint}, 不具合 {@code defect}, お褒め
 * {@code praise}), what the customer said, where it came from, the product area, its status with the reason, and the
 * votes: how many customers asked, their yearly contract revenue (revenue at stake) and how many of them are in the
 * health bands 危険 or 注意 ({@code votesAtRisk}). {@code companyId} and
 * {@code contactId} are who first said it; a merged item names the item it went into.
 */
public record Feedback(UUID id, String kind, String body, String source, String productArea, String status,
        String statusReason, UUID mergedIntoId, UUID companyId, String companyName, UUID contactId,
        String contactName, UUID activityId, int voteCount, long revenueAtStake, int votesAtRisk, Instant closedAt,
        String createdByName,
        long version, Instant createdAt, Instant updatedAt) {

    public static final List<String> KINDS = List.of("request", "complaint", "defect", "praise");
    public static final List<String> SOURCES = List.of("call", "meeting", "survey", "postcard", "email", "web");
    /** The statuses a person sets; {@code merged} is set by a merge only. */
    public static final List<String> STATUSES = List.of("received", "considering", "planned", "done", "declined");
    public static final List<String> CLOSED = List.of("done", "declined");

    public boolean closed() {
        return CLOSED.contains(status);
    }

    public boolean merged() {
        return "merged".equals(status);
    }
}
