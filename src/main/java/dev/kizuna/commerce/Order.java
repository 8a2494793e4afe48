package dev.kizuna.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order (受注): made from a won deal (its accepted quote's lines, or the deal's amount as one line), with the
 * delivery date promised (納期) and the day delivered (納品), the invoice amount and its due date, and what has been
 * paid. The owner stays responsible until {@link #status()} is {@link OrderStatus#PAID}.
 */
public record Order(UUID id, String number, UUID dealId, String dealName, UUID quoteId, UUID companyId,
        String companyName, UUID ownerId, String ownerName, String title, LocalDate orderedOn, LocalDate deliveryDueOn,
        LocalDate deliveredOn, long subtotal, long tax, long invoiceAmount, LocalDate invoicedOn, LocalDate dueOn,
        long paidAmount, LocalDate paidOn, List<LineItem> lines, long version, Instant createdAt, Instant updatedAt) {

    public OrderStatus status() {
        if (paidAmount >= invoiceAmount && (paidAmount > 0 || deliveredOn != null)) {
            return OrderStatus.PAID;
        }
        if (paidAmount > 0) {
            return OrderStatus.PARTLY_PAID;
        }
        return deliveredOn == null ? OrderStatus.NOT_DELIVERED : OrderStatus.DELIVERED;
    }

    /** What is still to be paid. */
    public long balance() {
        return Math.max(0, invoiceAmount - paidAmount);
    }

    /** Unpaid and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return balance() > 0 && dueOn != null && dueOn.isBefore(today);
    }

    public Totals totals() {
        return lines.isEmpty() ? new Totals(List.of(), subtotal, tax, subtotal + tax) : Totals.of(lines);
    }
}
