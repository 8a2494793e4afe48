package dev.kizuna.insights.report;

import java.util.List;
import java.util.UUID;

/** A dashboard: tiles of saved reports on a grid, its owner's, or shared with a team ({@code teamId}). */
public record Dashboard(UUID id, String name, UUID ownerId, String ownerName, UUID teamId, List<UUID> reportIds) {
}
