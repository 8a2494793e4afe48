package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign as other modules see it (inventory allocates stock to one): its id, name, the day it is scheduled for
 * in Tokyo (null while a draft has no time) and its status code (draft, scheduled, sending, sent, cancelled).
 */
public record CampaignSummary(UUID id, String name, LocalDate scheduledOn, String status) {
}
