package dev.kizuna.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * A campaign: a template sent to a segment's opted-in customers, now or at {@code scheduledAt}. Status: draft,
 * scheduled, sending (recipients queued; the sender is working through them), sent, cancelled.
 */
public record Campaign(UUID id, String name, UUID templateId, String templateName, UUID segmentId,
        String segmentName, String status, Instant scheduledAt, Instant queuedAt, int recipients, long version,
        Instant createdAt, Instant updatedAt) {

    public CampaignSummary summary() {
        return new CampaignSummary(id, name, scheduledAt == null ? null
                : scheduledAt.atZone(Subscriptions.TOKYO).toLocalDate(), status);
    }
}
