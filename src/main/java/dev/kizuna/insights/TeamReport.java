package dev.kizuna.insights;

import java.util.List;
import java.util.UUID;

/** A team's part of the daily report: its reps and their total. {@code teamId} null for reps in no team. */
public record TeamReport(UUID teamId, String name, String managerName, List<RepReport> reps, RepReport total,
        List<UUID> memberIds) {
}
