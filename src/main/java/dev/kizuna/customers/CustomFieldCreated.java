package dev.kizuna.customers;

import java.util.UUID;

/** A custom field was added to companies or contacts; its index is built once the field is committed. */
public record CustomFieldCreated(UUID fieldId, String objectType, String key, FieldType type) {
}
