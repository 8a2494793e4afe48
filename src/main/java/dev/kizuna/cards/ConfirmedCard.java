package dev.kizuna.cards;

import java.util.UUID;

/**
 * A card made into a contact: {@code outcome} is {@code created} (a new contact), {@code updated} (the duplicate
 * check found them at the same company) or {@code moved} (found at another company: moved, the move kept).
 */
public record ConfirmedCard(UUID cardId, UUID contactId, UUID companyId, String outcome) {
}
