package dev.kizuna.insights.report;

import java.time.Instant;
import java.util.UUID;

/** A report someone saved: its name, whether everyone may open it, its definition and who made it. */
public record SavedReport(UUID id, String name, boolean shared, ReportDefinition definition, UUID ownerId,
        String ownerName, Instant createdAt) {
}
