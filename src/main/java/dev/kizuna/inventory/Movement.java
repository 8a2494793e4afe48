package dev.kizuna.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One stock movement, never changed or deleted: {@code quantity} is signed (+ in, − out). A transfer is two
 * movements sharing {@code transferId}; an order's shipment names the order and its line; a stock-take's difference
 * names the take.
 */
public record Movement(UUID id, UUID skuId, String skuCode, String skuName, UUID locationId, String locationName,
        String kind, int quantity, LocalDate movedOn, String reason, String note, UUID orderId, Integer orderLine,
        UUID transferId, UUID stockTakeId, Instant createdAt, UUID createdBy) {

    public static final List<String> KINDS = List.of("receipt", "shipment", "return", "adjustment", "transfer");
}
