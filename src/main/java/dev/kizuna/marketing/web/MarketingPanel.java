package dev.kizuna.marketing.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.marketing.CustomerStages;
import dev.kizuna.marketing.Subscriptions;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.stereotype.Component;

/** The marketing section of a customer's page: F stage, LTV and RFM, and subscriptions (定期便) with a way to start one. */
@Component
class MarketingPanel implements CustomerPanel {

    private final Subscriptions subscriptions;
    private final CustomerStages stages;

    MarketingPanel(Subscriptions subscriptions, CustomerStages stages) {
        this.subscriptions = subscriptions;
        this.stages = stages;
    }

    @Override
    public String titleKey() {
        return "marketing.panel.title";
    }

    @Override
    public int order() {
        return 107;
    }

    @Override
    public String template() {
        return "marketing/customer-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        Map<String, Object> model = new HashMap<>();
        model.put("companyId", companyId);
        model.put("figures", stages.of(companyId).orElse(null));
        model.put("subscriptions", subscriptions.list(companyId, null, PageQuery.first(10)).items());
        return model;
    }
}
