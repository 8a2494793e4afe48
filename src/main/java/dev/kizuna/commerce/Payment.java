package dev.kizuna.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment (入金) received against an order: the day it arrived and the amount in yen. */
public record Payment(UUID id, UUID orderId, String orderNumber, UUID companyId, String companyName,
        LocalDate receivedOn, long amount, String note, Instant createdAt) {
}
