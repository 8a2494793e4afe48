package dev.kizuna.insights.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled e-mail as asked for: which report or dashboard (one of the two), how often (weekday or day of month as
 * the frequency needs), when, to whom.
 */
public record ReportScheduleDraft(UUID reportId, UUID dashboardId, ReportFrequency frequency, DayOfWeek weekday,
        Integer monthDay, LocalTime sendAt, List<String> recipients) {
}
