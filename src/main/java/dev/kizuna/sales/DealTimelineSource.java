package dev.kizuna.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.OneKindTimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows every stage change of their deals (kind {@code deal}). */
@Component
class DealTimelineSource extends OneKindTimelineSource {

    static final String KIND = "deal";

    private final StageChangeRepository changes;

    DealTimelineSource(StageChangeRepository changes) {
        super(KIND, true);
        this.changes = changes;
    }

    @Override
    protected List<TimelineEntry> entries(UUID companyId, UUID contactId, Instant before, UUID beforeId,
            int limit) {
        return changes.changesOfCompany(companyId, before, beforeId, limit).stream()
                .map(c -> new TimelineEntry(KIND, c.at(), c.id(), c.dealName(),
                        c.fromStageId() == null ? "sales.timeline.created" : "sales.timeline.moved",
                        c.movement(org.springframework.context.i18n.LocaleContextHolder.getLocale()), c.actorName(),
                        "/deals/" + c.dealId(), 0))
                .toList();
    }
}
