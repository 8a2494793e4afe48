package dev.kizuna.voice;

import java.time.Instant;
import java.util.UUID;

/** One customer's vote for an item, with the contact who asked and the customer's yearly revenue when voted. */
public record FeedbackVote(UUID id, UUID feedbackId, UUID companyId, String companyName, UUID ownerId,
        UUID contactId, String contactName, long revenue, Instant createdAt) {
}
