package dev.kizuna.success;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A success meeting: kind ({@code kickoff} キックオフ, {@code review} 振り返り, {@code regular} 定例, {@code other}),
 * when, status ({@code planned}, {@code held}, {@code cancelled}), attendees (users and the customer's contacts),
 * agenda, minutes and decisions. {@code anchor} marks a review proposed from the go-live date; {@code activityId}
 * the activity logged when it was held.
 */
public record Meeting(UUID id, UUID companyId, UUID planId, String kind, String anchor, String status,
        Instant startsAt, String agenda, String minutes, String decisions, List<UUID> attendeeUserIds,
        List<UUID> attendeeContactIds, UUID activityId, Instant heldAt, long version) {

    public static final List<String> KINDS = List.of("kickoff", "review", "regular", "other");
    public static final List<String> STATUSES = List.of("planned", "held", "cancelled");

    public boolean proposed() {
        return anchor != null && "planned".equals(status);
    }
}
