package dev.kizuna.work;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.OneKindTimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows what their playbook runs did (kind {@code playbook}): started, steps, mails, waits. */
@Component
class PlaybookTimelineSource extends OneKindTimelineSource {

    static final String KIND = "playbook";

    private final PlaybookRunRepository runs;

    PlaybookTimelineSource(PlaybookRunRepository runs) {
        super(KIND, true);
        this.runs = runs;
    }

    @Override
    protected List<TimelineEntry> entries(UUID companyId, UUID contactId, Instant before, UUID beforeId,
            int limit) {
        return runs.eventsOfCompany(companyId, before, beforeId, limit).stream()
                .map(e -> new TimelineEntry(KIND, e.event().at(), e.event().id(), e.playbookName(),
                        "work.run.event." + e.event().kind(), e.event().detail(), e.event().actorName(),
                        "/playbook-runs/" + e.event().runId(), 0))
                .toList();
    }
}
