package dev.kizuna.marketing;

import java.time.Instant;
import java.util.UUID;

/** What a person chose for a campaign; nulls keep what was there when changing one. */
public record CampaignDraft(String name, UUID templateId, UUID segmentId, Instant scheduledAt) {
}
