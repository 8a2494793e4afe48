package dev.kizuna.customers;

import java.util.UUID;

/**
 * A contact as typed. {@code companyId} different from the current one moves the contact, keeping history;
 * {@code customFields} as for customers (keys absent keep their value, an empty value clears one).
 */
public record ContactDraft(UUID companyId, String name, String nameKana, String department, String title,
        String phone, String mobile, String email, String notes, boolean primary,
        java.util.Map<String, Object> customFields) {

    /** A contact without custom values. */
    public ContactDraft(UUID companyId, String name, String nameKana, String department, String title, String phone,
            String mobile, String email, String notes, boolean primary) {
        this(companyId, name, nameKana, department, title, phone, mobile, email, notes, primary, java.util.Map.of());
    }

    public ContactDraft withCustomFields(java.util.Map<String, Object> values) {
        return new ContactDraft(companyId, name, nameKana, department, title, phone, mobile, email, notes, primary,
                values);
    }

    public static ContactDraft of(Contact c) {
        return new ContactDraft(c.companyId(), c.name(), c.nameKana(), c.department(), c.title(), c.phoneDisplay(),
                c.mobileDisplay(), c.email(), c.notes(), c.primary(), c.customFields());
    }
}
