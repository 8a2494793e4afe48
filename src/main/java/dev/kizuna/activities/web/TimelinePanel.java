package dev.kizuna.activities.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Timeline;
import dev.kizuna.customers.ContactPanel;
import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The timeline (activities, notes, key-field changes, and later deals, orders, tasks …) with one-tap logging: on a
 * customer's page for the whole customer, on a contact's page for that person.
 */
@Component
class TimelinePanel implements CustomerPanel, ContactPanel {

    private static final int PAGE_SIZE = 20;

    private final Timeline timeline;
    private final Activities activities;

    TimelinePanel(Timeline timeline, Activities activities) {
        this.timeline = timeline;
        this.activities = activities;
    }

    @Override
    public String titleKey() {
        return "timeline.title";
    }

    @Override
    public int order() {
        return 50; // before contacts: the history is what people open a customer for (seed 002)
    }

    @Override
    public String template() {
        return "activities/timeline-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return model(companyId, null);
    }

    @Override
    public Map<String, Object> model(UUID companyId, UUID contactId) {
        return model(companyId, contactId, List.of(), null);
    }

    /** One page of the timeline (the first when {@code cursor} is null) for the panel and its "more" link. */
    Map<String, Object> model(UUID companyId, UUID contactId, List<String> kinds, String cursor) {
        var page = timeline.of(companyId, contactId, kinds, new PageQuery(PAGE_SIZE, cursor));
        Map<String, Object> model = new HashMap<>(Map.of(
                "page", page, "lines", TimelineLine.group(page.items()), "companyId", companyId,
                "filters", TimelineFilter.available(timeline.kinds()), "chosenKinds", kinds,
                "unreached", contactId == null ? activities.unreachedInARow(companyId)
                        : activities.unreachedInARowForContact(contactId)));
        model.put("contactId", contactId); // null: the whole customer
        model.put("first", cursor == null); // the filter buttons head the first page only
        return model;
    }
}
