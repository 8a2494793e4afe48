package dev.kizuna.customers;

import java.util.Map;
import java.util.UUID;

/**
 * Extension point: a section on a contact's page showing another module's records for that person (their
 * timeline, deals …), like {@link CustomerPanel} for customers.
 */
public interface ContactPanel {

    /** Message key of the panel's heading. */
    String titleKey();

    int order();

    /** The Thymeleaf template holding a fragment named {@code panel}, reading {@code panelModel}. */
    String template();

    /** The fragment's model for one contact of one customer. */
    Map<String, Object> model(UUID companyId, UUID contactId);
}
