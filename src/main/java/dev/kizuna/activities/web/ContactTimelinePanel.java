package dev.kizuna.activities.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Timeline;
import dev.kizuna.customers.ContactPanel;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.stereotype.Component;

/** A contact's own timeline on their page: what was done with this person. */
@Component
class ContactTimelinePanel implements ContactPanel {

    private final Timeline timeline;
    private final Activities activities;

    ContactTimelinePanel(Timeline timeline, Activities activities) {
        this.timeline = timeline;
        this.activities = activities;
    }

    @Override
    public String titleKey() {
        return "timeline.title";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "activities/timeline-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId, UUID contactId) {
        return Map.of("page", timeline.of(companyId, contactId, List.of(), PageQuery.first(20)), "companyId", companyId,
                "contactId", contactId, "kinds", timeline.kinds(), "chosenKinds", List.of(),
                "unreached", activities.unreachedInARowForContact(contactId));
    }
}
