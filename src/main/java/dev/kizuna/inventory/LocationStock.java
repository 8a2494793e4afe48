package dev.kizuna.inventory;

import java.util.UUID;

/** On hand of a SKU at one location. */
public record LocationStock(UUID locationId, String locationName, long onHand) {
}
