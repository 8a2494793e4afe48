package dev.kizuna.customers;

import java.time.Instant;
import java.util.UUID;

/** A person at a customer (担当者); {@code customFields} holds the values of the contact custom fields by key. */
public record Contact(UUID id, UUID companyId, String companyName, String name, String nameKana, String department,
        String title, String phone, String phoneDisplay, String mobile, String mobileDisplay, String email,
        String notes, boolean primary, java.util.Map<String, Object> customFields, long version, Instant createdAt,
        Instant updatedAt) {

    AuditView audit() {
        return new AuditView(companyId, name, nameKana, department, title, phone, mobile, email, primary, customFields);
    }

    record AuditView(UUID companyId, String name, String nameKana, String department, String title, String phone,
            String mobile, String email, boolean primary, java.util.Map<String, Object> customFields) {
    }
}
