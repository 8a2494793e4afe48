package dev.kizuna.activities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Extension point: a module's records on a customer's (or contact's) timeline. Implement it as a bean; the
 * timeline asks every source for its newest entries before a point in time and merges them, newest first.
 */
public interface TimelineSource {

    /** The kinds of entry this source gives (for the timeline's kind filter), e.g. {@code activity}, {@code note}. */
    List<String> kinds();

    /**
     * Up to {@code limit} entries of the wanted kinds for the customer (and the contact, when not null), newest
     * first, strictly before ({@code before}, {@code beforeId}) in (time, id) order — both null for the newest.
     */
    List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before, UUID beforeId,
            int limit);
}
