package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An order (受注) from the former system, as one line: what was sold ({@code title}), its amount before tax at
 * {@code taxRate} (10 or 8), when it was ordered, delivered and due, and when it was paid in full, if it was.
 * {@code number} keeps the former order number; null gives the next Kizuna number.
 */
public record OrderHistory(UUID companyId, UUID ownerId, String number, String title, LocalDate orderedOn,
        Long amount, Integer taxRate, LocalDate deliveredOn, LocalDate dueOn, LocalDate paidOn) {
}
