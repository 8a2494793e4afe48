package dev.kizuna.voice.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.voice.Feedback;
import dev.kizuna.voice.FeedbackFilter;
import dev.kizuna.voice.FeedbackItems;
import org.springframework.stereotype.Component;

/**
 * The voice section of a customer's page: what this customer asked for, a small form to log a new voice in seconds
 * (kind, what they said, source, area), and a one-click vote for an open item another customer raised.
 */
@Component
class FeedbackPanel implements CustomerPanel {

    private final FeedbackItems items;
    private final Contacts contacts;

    FeedbackPanel(FeedbackItems items, Contacts contacts) {
        this.items = items;
        this.contacts = contacts;
    }

    @Override
    public String titleKey() {
        return "voice.panel.title";
    }

    @Override
    public int order() {
        return 108;
    }

    @Override
    public String template() {
        return "voice/customer-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        Map<String, Object> model = new HashMap<>();
        model.put("companyId", companyId);
        model.put("mine", items.ofCompany(companyId, 5));
        model.put("open", items.list(new FeedbackFilter("open", null, null, null, null, null, "votes"),
                PageQuery.first(20)).items());
        model.put("contacts", contacts.forCompany(companyId));
        model.put("kinds", Feedback.KINDS);
        model.put("sources", Feedback.SOURCES);
        return model;
    }
}
