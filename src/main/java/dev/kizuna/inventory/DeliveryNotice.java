package dev.kizuna.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The weekly delivery notice (納品連絡, seed 002: オノウンへの納品連絡 every Friday) to a logistics partner: the coming
 * week's units per SKU (subscription deliveries and their enclosures), kept as sent.
 */
public record DeliveryNotice(UUID id, UUID locationId, LocalDate weekStart, List<Line> lines, String body,
        String status, Instant sentAt, int attempts) {

    public record Line(String sku, String name, long units) {
    }
}
