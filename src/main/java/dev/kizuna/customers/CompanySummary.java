package dev.kizuna.customers;

import java.time.Instant;
import java.util.UUID;

/** A row of the customers list. */
public record CompanySummary(UUID id, CompanyKind kind, String name, String nameKana, String prefecture,
        String city, String phoneDisplay, CompanyStatus status, String ownerName, Instant createdAt) {
}
