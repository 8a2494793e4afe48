package dev.kizuna.customers.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomerPanel;
import org.springframework.stereotype.Component;

/** The customer page's contacts section, plugged in through the same extension point later modules use. */
@Component
class ContactsPanel implements CustomerPanel {

    private final Contacts contacts;

    ContactsPanel(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String titleKey() {
        return "contacts.title";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String template() {
        return "customers/contacts-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return Map.of("contacts", contacts.forCompany(companyId), "companyId", companyId);
    }
}
