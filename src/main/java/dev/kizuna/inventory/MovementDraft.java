package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A movement as typed: {@code quantity} is how many (positive) for a receipt, shipment, return or transfer, and signed
 * for an adjustment (− for a loss). {@code locationId} null is the default location; {@code toLocationId} is a
 * transfer's destination. An adjustment needs a {@code reason}.
 */
public record MovementDraft(String kind, UUID skuId, UUID locationId, UUID toLocationId, Integer quantity,
        LocalDate movedOn, String reason, String note) {
}
