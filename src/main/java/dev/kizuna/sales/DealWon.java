package dev.kizuna.sales;

import java.time.Instant;
import java.util.UUID;

/** A deal reached a won stage (受注) from an open or lost one: orders and playbooks start from here. */
public record DealWon(UUID dealId, UUID companyId, UUID contactId, UUID ownerId, long amount, Instant wonAt) {
}
