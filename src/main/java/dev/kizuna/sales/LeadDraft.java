package dev.kizuna.sales;

import java.util.UUID;

/** A lead as typed or received; {@code pipelineId} (optional) is the pipeline it is meant for. */
public record LeadDraft(String companyName, String personName, String email, String phone, String message,
        String leadSource, Long budget, UUID pipelineId) {

    /** A draft without an intended pipeline (the assignment rules for any pipeline apply). */
    public LeadDraft(String companyName, String personName, String email, String phone, String message,
            String leadSource, Long budget) {
        this(companyName, personName, email, phone, message, leadSource, budget, null);
    }
}
