package dev.kizuna.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * One recipient's mail of a campaign or a sequence step, and what became of it: queued, sending (claimed by an
 * instance), sent, failed (with the reason, after the last attempt) or skipped (opted out before its turn).
 */
public record MarketingMail(UUID id, UUID campaignId, UUID enrollmentId, Integer step, UUID companyId,
        String companyName, String toAddress, String status, int attempts, Instant nextAttemptAt, String lastError,
        Instant sentAt, Instant createdAt) {

    /** What the sender works with: the row as claimed, with the token for its unsubscribe link. */
    record Claimed(UUID id, UUID campaignId, UUID enrollmentId, UUID companyId, UUID templateId, String toAddress,
            String unsubscribeToken, int attempts) {
    }
}
