package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.UUID;

/** An order line delivered through commerce whose stock was too low to ship it: nothing moved until it is shipped. */
public record Shortfall(UUID orderId, int orderLine, UUID skuId, String skuCode, String skuName, UUID locationId,
        int quantity, int shortfall, LocalDate shippedOn) {
}
