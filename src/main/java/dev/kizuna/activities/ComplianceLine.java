package dev.kizuna.activities;

import java.util.UUID;

/**
 * One rep's input compliance over a period: the raw counts, the four parts (0–100), the score and the rank
 * (1 = best; equal scores share a rank) among {@code rankedOf} reps.
 */
public record ComplianceLine(UUID userId, String userName, long customers, long completeCustomers, long activities,
        long loggedOnTime, long dormantCustomers, long overdueFollowUps, int completePart, int onTimePart,
        int activePart, int followUpPart, int score, int rank, int rankedOf) {
}
