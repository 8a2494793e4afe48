package dev.kizuna.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stock-keeping unit: {@code product} (linked to a commerce product; an order line of that product ships it) or
 * {@code enclosure} (同梱物: a leaflet, a sample, printed matter — no product). {@code enclosures} go into the box with
 * each unit shipped. Below {@code reorderPoint} available units it is on the reorder list.
 */
public record Sku(UUID id, String code, String name, String kind, UUID productId, int reorderPoint, boolean active,
        List<Enclosure> enclosures, long version, Instant createdAt, Instant updatedAt) {

    public static final List<String> KINDS = List.of("product", "enclosure");

    /** {@code quantity} of the enclosure SKU with each unit. */
    public record Enclosure(UUID skuId, String code, String name, int quantity) {
    }

    Sku withEnclosures(List<Enclosure> e) {
        return new Sku(id, code, name, kind, productId, reorderPoint, active, e, version, createdAt, updatedAt);
    }
}
