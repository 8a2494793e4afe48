package dev.kizuna.inventory;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A SKU's month: planned receipts and shipments (0 when not planned) beside the actual ones from its movements, and
 * the variances (actual − plan). {@code version} is null until a plan was saved.
 */
public record StockPlanRow(UUID skuId, String code, String name, YearMonth month, int plannedReceipts,
        int plannedShipments, long actualReceipts, long actualShipments, Long version) {

    public long receiptVariance() {
        return actualReceipts - plannedReceipts;
    }

    public long shipmentVariance() {
        return actualShipments - plannedShipments;
    }
}
