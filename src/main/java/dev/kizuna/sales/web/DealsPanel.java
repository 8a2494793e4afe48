package dev.kizuna.sales.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.sales.Deals;
import org.springframework.stereotype.Component;

/** The deals section of a customer's page (顧客カルテ). */
@Component
class DealsPanel implements CustomerPanel {

    private final Deals deals;

    DealsPanel(Deals deals) {
        this.deals = deals;
    }

    @Override
    public String titleKey() {
        return "sales.panel.title";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String template() {
        return "sales/customer-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return Map.of("deals", deals.ofCompany(companyId, 20), "companyId", companyId);
    }
}
