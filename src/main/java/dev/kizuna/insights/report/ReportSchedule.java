package dev.kizuna.insights.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A saved report e-mailed every week on {@code weekday} at {@code sendAt} (Tokyo time) to {@code recipients}. */
public record ReportSchedule(UUID id, UUID reportId, String reportName, UUID ownerId, DayOfWeek weekday,
        LocalTime sendAt, List<String> recipients) {
}
