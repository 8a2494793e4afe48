package dev.kizuna.commerce;

import java.time.Instant;
import java.util.UUID;

/** A product on the price list: unit price in yen before tax, consumption tax rate in percent (10, or 8 reduced). */
public record Product(UUID id, String code, String name, String unit, long unitPrice, int taxRate, boolean active,
        long version, Instant createdAt, Instant updatedAt) {

    public boolean reducedRate() {
        return taxRate == 8;
    }
}
