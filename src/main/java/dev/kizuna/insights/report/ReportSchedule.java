package dev.kizuna.insights.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A saved report e-mailed at {@code sendAt} (Tokyo time) to {@code recipients}: every business day, every week on
 * {@code weekday} or every month on {@code monthDay}, as {@code frequency} says.
 */
public record ReportSchedule(UUID id, UUID reportId, String reportName, UUID ownerId, ReportFrequency frequency,
        DayOfWeek weekday, Integer monthDay, LocalTime sendAt, List<String> recipients) {
}
