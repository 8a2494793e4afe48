package dev.kizuna.activities.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Timeline;
import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.stereotype.Component;

/** The customer page's timeline (activities, notes, and later deals, orders, tasks …) with one-tap logging. */
@Component
class TimelinePanel implements CustomerPanel {

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
        var model = new java.util.HashMap<String, Object>(Map.of("page",
                timeline.of(companyId, null, List.of(), PageQuery.first(20)), "companyId", companyId,
                "kinds", timeline.kinds(), "chosenKinds", List.of(), "unreached", activities.unreachedInARow(companyId)));
        model.put("contactId", null); // the whole customer
        return model;
    }
}
