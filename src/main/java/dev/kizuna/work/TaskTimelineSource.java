package dev.kizuna.work;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.OneKindTimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows what happened to their tasks (kind {@code task}): created, moved, taken, comments. */
@Component
class TaskTimelineSource extends OneKindTimelineSource {

    static final String KIND = "task";

    private final TaskRepository tasks;

    TaskTimelineSource(TaskRepository tasks) {
        super(KIND, true);
        this.tasks = tasks;
    }

    @Override
    protected List<TimelineEntry> entries(UUID companyId, UUID contactId, Instant before, UUID beforeId,
            int limit) {
        return tasks.eventsOfCompany(companyId, before, beforeId, limit).stream()
                .map(e -> new TimelineEntry(KIND, e.event().at(), e.event().id(), e.title(),
                        "work.timeline." + e.event().kind(), detail(e.event()), e.event().actorName(),
                        "/tasks/" + e.event().taskId(), 0))
                .toList();
    }

    private static String detail(TaskEvent e) {
        return "status".equals(e.kind()) || "created".equals(e.kind()) || "changed".equals(e.kind()) ? "" : e.detail();
    }
}
