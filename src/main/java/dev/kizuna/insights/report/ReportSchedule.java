package dev.kizuna.insights.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A saved report or a whole dashboard (one of {@code reportId} and {@code dashboardId}) e-mailed at {@code sendAt}
 * (Tokyo time) to {@code recipients}: every business day, every week on {@code weekday} or every month on
 * {@code monthDay}, as {@code frequency} says.
 */
public record ReportSchedule(UUID id, UUID reportId, String reportName, UUID dashboardId, String dashboardName,
        UUID ownerId, ReportFrequency frequency, DayOfWeek weekday, Integer monthDay, LocalTime sendAt,
        List<String> recipients) {

    /** The report's or the dashboard's name: the mail's subject and the Excel file's name. */
    public String title() {
        return dashboardId == null ? reportName : dashboardName;
    }
}
