package dev.kizuna.activities;

import java.time.Instant;
import java.util.UUID;

/**
 * An activity was logged. Carries what playbooks and reports act on without reading it back: the customer and
 * contact, the rep, channel and type, whether it was a call and how it went, and the consecutive unanswered calls
 * (不通) to the customer and to the contact now, counting this one ("5 unanswered calls → send the guide"), and the
 * deal it was logged against, if any (the sales module marks the deal as touched).
 */
public record ActivityLogged(UUID activityId, UUID companyId, UUID contactId, UUID userId, UUID channelId,
        UUID typeId, boolean call, Outcome outcome, Instant occurredAt, int unreachedInARowCompany,
        int unreachedInARowContact, UUID dealId) {
}
