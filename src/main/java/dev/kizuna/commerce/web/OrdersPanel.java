package dev.kizuna.commerce.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.commerce.Orders;
import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.stereotype.Component;

/** The orders section of a customer's page (顧客カルテ): newest first, with their status and what is owed. */
@Component
class OrdersPanel implements CustomerPanel {

    private final Orders orders;

    OrdersPanel(Orders orders) {
        this.orders = orders;
    }

    @Override
    public String titleKey() {
        return "commerce.panel.title";
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public String template() {
        return "commerce/customer-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return Map.of("orders", orders.list(companyId, PageQuery.first(20)).items(), "today", orders.today());
    }
}
