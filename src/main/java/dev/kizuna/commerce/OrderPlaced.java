package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.UUID;

/** An order was made (from a won deal); {@code invoiceAmount} is with tax, in yen. */
public record OrderPlaced(UUID orderId, UUID dealId, UUID companyId, UUID ownerId, long invoiceAmount,
        LocalDate orderedOn) {
}
