package dev.kizuna.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One assignment of a lead: the rep chosen (null when nobody could take it), why ({@code reasonKey}), the
 * compliance threshold applied, every candidate looked at with their score and whether they were skipped, and the
 * manager who chose by hand, if one did.
 */
public record Assignment(UUID id, UUID leadId, UUID userId, String userName, String reasonKey, Integer threshold,
        List<Candidate> candidates, UUID overriddenBy, Instant at, String ruleName) {

    /** A rep looked at: their score this month (null when they have none yet) and why they were or were not chosen. */
    public record Candidate(UUID userId, String name, Integer score, boolean eligible, String reason) {
    }
}
