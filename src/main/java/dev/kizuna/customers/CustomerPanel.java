package dev.kizuna.customers;

import java.util.Map;
import java.util.UUID;

/**
 * Extension point: a section on a customer's page (顧客カルテ) showing another module's records for that
 * customer (activities, deals, orders, tasks …). Implement it as a bean in your module; the customer page
 * renders every panel in {@link #order()}, without the customers module knowing your records.
 */
public interface CustomerPanel {

    /** Message key of the panel's heading. */
    String titleKey();

    /** Position on the page; contacts are 100. */
    int order();

    /**
     * The Thymeleaf template holding a fragment named {@code panel}, e.g. {@code "activities/customer-panel"};
     * the fragment reads its data from {@code panelModel}.
     */
    String template();

    /** The fragment's model for one customer; called once per page view. */
    Map<String, Object> model(UUID companyId);
}
