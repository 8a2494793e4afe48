package dev.kizuna.customers;

import java.util.UUID;

/** A contact as typed. {@code companyId} different from the current one moves the contact, keeping history. */
public record ContactDraft(UUID companyId, String name, String nameKana, String department, String title,
        String phone, String mobile, String email, String notes, boolean primary) {

    public static ContactDraft of(Contact c) {
        return new ContactDraft(c.companyId(), c.name(), c.nameKana(), c.department(), c.title(), c.phoneDisplay(),
                c.mobileDisplay(), c.email(), c.notes(), c.primary());
    }
}
