package dev.kizuna.insights.report;

/** A dashboard's tile as shown: the report and its result now. */
public record DashboardTile(SavedReport report, ReportResult result) {
}
