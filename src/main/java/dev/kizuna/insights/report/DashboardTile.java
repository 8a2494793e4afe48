package dev.kizuna.insights.report;

import java.time.Instant;

/** A dashboard's tile as shown: the report and its result as of {@code asOf} (at most a minute ago). */
public record DashboardTile(SavedReport report, ReportResult result, Instant asOf) {
}
