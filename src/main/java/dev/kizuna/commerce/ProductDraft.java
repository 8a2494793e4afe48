package dev.kizuna.commerce;

/** What a person types for a product; nulls are checked by {@link Products}. */
public record ProductDraft(String code, String name, String unit, Long unitPrice, Integer taxRate, Boolean active) {
}
