package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.UUID;

/** An order's delivery (納品) was recorded; it is invoiced from that day. */
public record OrderDelivered(UUID orderId, UUID dealId, UUID companyId, UUID ownerId, LocalDate deliveredOn) {
}
