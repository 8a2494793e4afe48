package dev.kizuna.voice;

import java.util.UUID;

/** A new feedback item as logged from a call, a meeting or the API; {@code activityId} is the activity it came from. */
public record FeedbackDraft(String kind, String body, String source, String productArea, UUID companyId,
        UUID contactId, UUID activityId) {
}
