package dev.kizuna.cards;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import org.springframework.stereotype.Component;

/** A merged customer's or contact's business cards follow the survivor; a customer with cards is not deleted. */
@Component
class CardsCustomerRecords implements CustomerRecords {

    private final BusinessCardRepository cards;

    CardsCustomerRecords(BusinessCardRepository cards) {
        this.cards = cards;
    }

    @Override
    public Set<String> tables() {
        return Set.of("business_card.company_id", "business_card.contact_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        List<UUID> moved = cards.moveCompany(mergedId, survivorId);
        return moved.isEmpty() ? List.of() : List.of(MovedRecords.of("cards", "businessCards", moved));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        List<UUID> moved = cards.moveContact(mergedId, survivorId);
        return moved.isEmpty() ? List.of() : List.of(MovedRecords.of("cards", "businessCards", moved));
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        long count = cards.countOfCompany(companyId);
        return count == 0 ? List.of() : List.of(new HeldRecords("businessCards", count));
    }
}
