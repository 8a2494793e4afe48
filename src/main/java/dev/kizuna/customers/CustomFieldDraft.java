package dev.kizuna.customers;

import java.util.List;

/** A custom field as an administrator defines it; the key and type cannot change once created. */
public record CustomFieldDraft(String objectType, String key, String label, String labelEn, FieldType type,
        List<String> options) {
}
