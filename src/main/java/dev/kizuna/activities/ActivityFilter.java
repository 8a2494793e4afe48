package dev.kizuna.activities;

import java.time.Instant;
import java.util.UUID;

/** Which activities a list shows (all conditions AND); newest first. Null means any. */
public record ActivityFilter(UUID companyId, UUID contactId, UUID userId, Instant from, Instant to, String kind) {

    public static ActivityFilter ofCompany(UUID companyId) {
        return new ActivityFilter(companyId, null, null, null, null, null);
    }
}
