package dev.kizuna.customers;

import java.time.Instant;
import java.util.UUID;

/** A line of the contacts list: the contact, its customer and how to reach them. */
public record ContactListItem(UUID id, String name, String nameKana, UUID companyId, String companyName,
        String department, String title, String phoneDisplay, String mobileDisplay, String email, boolean primary,
        Instant updatedAt) {
}
