package dev.kizuna.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.TimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows every stage change of their deals (kind {@code deal}). */
@Component
class DealTimelineSource implements TimelineSource {

    static final String KIND = "deal";

    private final StageChangeRepository changes;

    DealTimelineSource(StageChangeRepository changes) {
        this.changes = changes;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
        if (contactId != null) {
            return List.of(); // stage changes belong to the deal, not to one of the customer's people
        }
        return changes.changesOfCompany(companyId, before, beforeId, limit).stream()
                .map(c -> new TimelineEntry(KIND, c.at(), c.id(), c.dealName(),
                        c.fromStageId() == null ? "sales.timeline.created" : "sales.timeline.moved",
                        (c.fromName() == null ? "" : c.fromName() + " → ") + c.toName(), c.actorName(),
                        "/deals/" + c.dealId(), 0))
                .toList();
    }
}
