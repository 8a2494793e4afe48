package dev.kizuna.commerce;

import java.util.UUID;

/**
 * A line as typed: a product (its name, unit, price and rate fill what is left empty) or free text with a price.
 */
public record LineDraft(UUID productId, String description, Integer quantity, String unit, Long unitPrice,
        Integer taxRate) {
}
