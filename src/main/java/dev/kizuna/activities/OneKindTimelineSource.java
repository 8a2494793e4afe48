package dev.kizuna.activities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A timeline source of one kind of entry. Records of the customer as a whole (a deal's stage changes, a task's
 * moves) stay off a contact's own timeline; records of a person (a survey answer) show on both.
 */
public abstract class OneKindTimelineSource implements TimelineSource {

    private final String kind;
    private final boolean customerWide;

    protected OneKindTimelineSource(String kind, boolean customerWide) {
        this.kind = kind;
        this.customerWide = customerWide;
    }

    @Override
    public final List<String> kinds() {
        return List.of(kind);
    }

    @Override
    public final List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
        if (customerWide && contactId != null || kinds != null && !kinds.isEmpty() && !kinds.contains(kind)) {
            return List.of();
        }
        return entries(companyId, contactId, before, beforeId, limit);
    }

    /** Up to {@code limit} entries, newest first, strictly before ({@code before}, {@code beforeId}). */
    protected abstract List<TimelineEntry> entries(UUID companyId, UUID contactId, Instant before, UUID beforeId,
            int limit);

    /** This source's kind, for its entries. */
    protected final String kind() {
        return kind;
    }
}
