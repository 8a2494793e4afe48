package dev.kizuna.sales;

/** A lead as typed or received. */
public record LeadDraft(String companyName, String personName, String email, String phone, String message,
        String leadSource, Long budget) {
}
