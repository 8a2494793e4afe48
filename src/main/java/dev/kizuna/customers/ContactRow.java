package dev.kizuna.customers;

import java.time.Instant;
import java.util.Map;

/**
 * What an export writes of a contact: its company's name, the contact as people read it (phones as written) and its
 * custom values. Leaner than {@link Contact}, which an export of two million rows would otherwise read in full.
 */
public record ContactRow(String companyName, String name, String nameKana, String department, String title,
        String phoneDisplay, String mobileDisplay, String email, String notes, boolean primary,
        Map<String, Object> customFields, Instant createdAt) {
}
