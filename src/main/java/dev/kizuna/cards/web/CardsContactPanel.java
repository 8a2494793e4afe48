package dev.kizuna.cards.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.cards.BusinessCards;
import dev.kizuna.customers.ContactPanel;
import org.springframework.stereotype.Component;

/** The card images a contact came from, on the contact's page: the card stays with the person. */
@Component
class CardsContactPanel implements ContactPanel {

    private final BusinessCards cards;

    CardsContactPanel(BusinessCards cards) {
        this.cards = cards;
    }

    @Override
    public String titleKey() {
        return "cards.contactPanel";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "cards/contact-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId, UUID contactId) {
        return Map.of("cards", cards.ofContact(contactId));
    }
}
