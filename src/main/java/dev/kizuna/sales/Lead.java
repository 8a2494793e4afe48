package dev.kizuna.sales;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead (見込客): who asked, how it reached us ({@code source}: web_form, api, manual), what they need, the rep it
 * is assigned to, and — once qualified — the customer and deal it became.
 */
public record Lead(UUID id, String source, String companyName, String personName, String email, String phone,
        String message, String leadSource, Long budget, String status, UUID assignedTo, String assignedName,
        UUID companyId, UUID dealId, long version, Instant createdAt, UUID pipelineId) {

    public static final String WEB_FORM = "web_form";
    public static final String API = "api";
    public static final String MANUAL = "manual";
}
