package dev.kizuna.inventory;

import java.util.UUID;

/**
 * A SKU's stock now: on hand (the sum of its movements over every location), allocated (active allocations) and
 * available (on hand − allocated); at its reorder point when available has fallen to it or below.
 */
public record StockLine(UUID skuId, String code, String name, String kind, long onHand, long allocated,
        int reorderPoint) {

    public long available() {
        return onHand - allocated;
    }

    public boolean belowReorderPoint() {
        return reorderPoint > 0 && available() <= reorderPoint;
    }
}
