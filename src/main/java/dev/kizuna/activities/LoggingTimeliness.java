package dev.kizuna.activities;

import java.util.UUID;

/**
 * Of the activities a rep had over a period, how many were logged late: more than the allowed hours after they
 * happened ({@code logged_at - occurred_at}).
 */
public record LoggingTimeliness(UUID userId, long activities, long late) {

    public long onTime() {
        return activities - late;
    }
}
