package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.UUID;

/** An order's payments reached its invoice amount: the owner's responsibility for it ends. */
public record OrderPaid(UUID orderId, UUID dealId, UUID companyId, UUID ownerId, long paidAmount, LocalDate paidOn) {
}
