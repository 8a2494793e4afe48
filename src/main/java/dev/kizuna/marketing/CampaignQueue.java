package dev.kizuna.marketing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a due campaign's recipients in the outbox: in one transaction the campaign goes from scheduled to sending (a
 * second instance waits on the row and then finds it taken) and one mail per opted-in member of its segment, as the
 * segment is at that moment, is queued in a single INSERT … SELECT.
 */
@Component
class CampaignQueue {

    private final CampaignRepository campaigns;
    private final MarketingMailRepository mails;
    private final Segments segments;

    CampaignQueue(CampaignRepository campaigns, MarketingMailRepository mails, Segments segments) {
        this.campaigns = campaigns;
        this.mails = mails;
        this.segments = segments;
    }

    /** Queues every campaign due by {@code now}; returns how many mails it queued. */
    int queueDue(Instant now) {
        int queued = 0;
        for (UUID id : campaigns.due(now)) {
            queued += queue(id, now);
        }
        return queued;
    }

    /** Queues one campaign if it is due and nobody has yet; returns how many mails. */
    @Transactional
    public int queue(UUID id, Instant now) {
        if (!campaigns.startSending(id, now)) {
            return 0;
        }
        Campaign c = campaigns.find(id).orElseThrow();
        SegmentQuery.Where w = segments.where(c.segmentId());
        int n = mails.queueCampaign(id, c.templateId(), w.sql(), w.args());
        campaigns.recipients(id, n);
        if (n == 0) {
            campaigns.finishSent();
        }
        return n;
    }
}
