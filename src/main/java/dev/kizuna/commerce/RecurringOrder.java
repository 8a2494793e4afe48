package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One delivery of a recurring order (定期便) made into an order: the customer, a title, the delivery day (ordered and
 * delivered that day), the priced lines, and whether it is paid on that day (card payment) or later (後払い: an
 * unpaid order that waits for its payment like any other).
 */
public record RecurringOrder(UUID companyId, String title, LocalDate deliveredOn, List<LineItem> lines,
        boolean paidOnDelivery) {
}
