package dev.kizuna.inventory.api;

import java.util.UUID;

import dev.kizuna.inventory.Skus;

/** A list's {@code filter[sku]} (a SKU code) as the SKU's id: not given, a known SKU, or a code no SKU has. */
record SkuFilter(boolean given, UUID id) {

    static SkuFilter of(Skus skus, String code) {
        if (code == null || code.isBlank()) {
            return new SkuFilter(false, null);
        }
        return new SkuFilter(true, skus.byCode(code).map(s -> s.id()).orElse(null));
    }

    /** A code no SKU has: the list is empty. */
    boolean matchesNothing() {
        return given && id == null;
    }
}
