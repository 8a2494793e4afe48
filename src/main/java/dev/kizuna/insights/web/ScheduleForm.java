package dev.kizuna.insights.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

import dev.kizuna.insights.report.ReportFrequency;
import dev.kizuna.insights.report.ReportScheduleDraft;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The schedule form of the report and dashboard pages as typed: how often, weekday or day of month, time, and
 * addresses one per line or separated by commas.
 */
record ScheduleForm(String frequency, DayOfWeek weekday, Integer monthDay,
        @DateTimeFormat(pattern = "HH:mm") LocalTime sendAt, String recipients) {

    ReportScheduleDraft forReport(UUID reportId) {
        return draft(reportId, null);
    }

    ReportScheduleDraft forDashboard(UUID dashboardId) {
        return draft(null, dashboardId);
    }

    ReportFrequency often() {
        ReportFrequency often = ReportFrequency.of(frequency == null ? "weekly" : frequency);
        if (often == null) {
            throw new RuleViolationException(FieldProblem.of("frequency", "OneOf", "daily, weekly, monthly"));
        }
        return often;
    }

    private ReportScheduleDraft draft(UUID reportId, UUID dashboardId) {
        return new ReportScheduleDraft(reportId, dashboardId, often(), weekday, monthDay, sendAt,
                Arrays.stream((recipients == null ? "" : recipients).split("[,\\s]+")).filter(r -> !r.isBlank()).toList());
    }
}
