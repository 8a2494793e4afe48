package dev.kizuna.insights.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dev.kizuna.insights.report.ReportFrequency;
import dev.kizuna.insights.report.ReportSchedule;
import dev.kizuna.insights.report.ReportScheduleDraft;
import dev.kizuna.insights.report.ReportSchedules;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/report-schedules}: saved reports and dashboards e-mailed daily, weekly or monthly with the chart and the data as Excel. */
@RestController
@RequestMapping("/api/v1/report-schedules")
@Tag(name = "Insights")
class ReportSchedulesApi {

    private final ReportSchedules schedules;

    ReportSchedulesApi(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    record NewSchedule(UUID reportId, UUID dashboardId, String frequency, DayOfWeek weekday, Integer monthDay, LocalTime sendAt,
            List<String> recipients) {
    }

    record ScheduleList(List<ReportSchedule> items, String nextCursor) {
    }

    @GetMapping
    @Operation(summary = "The caller's scheduled report e-mails")
    ScheduleList list() {
        return new ScheduleList(schedules.mine(), null);
    }

    @PostMapping
    @Operation(summary = "E-mails a saved report (reportId) or a whole dashboard (dashboardId; one of the two): frequency daily (business days: weekends and national holidays "
            + "skipped), weekly (the default; with weekday MONDAY … SUNDAY) or monthly (with monthDay 1–28), sendAt "
            + "(HH:mm, Tokyo time), recipients (1–20 addresses, one e-mail to all); each chart is drawn in the mail (a "
            + "dashboard's tiles in order) and the full data attached as one Excel file (.xlsx, a sheet per report). "
            + "Reports run with the caller's permission level at send time; a dashboard its owner may no longer open "
            + "is not sent")
    ResponseEntity<ReportSchedule> create(@RequestBody NewSchedule body) {
        NewSchedule b = body == null ? new NewSchedule(null, null, null, null, null, null, null) : body;
        ReportFrequency frequency = b.frequency() == null ? null : ReportFrequency.of(b.frequency());
        if (b.frequency() != null && frequency == null) {
            throw new RuleViolationException(FieldProblem.of("frequency", "OneOf", "daily, weekly, monthly"));
        }
        ReportSchedule s = schedules.create(new ReportScheduleDraft(b.reportId(), b.dashboardId(), frequency, b.weekday(), b.monthDay(),
                b.sendAt(), b.recipients()));
        return ResponseEntity.created(URI.create("/api/v1/report-schedules/" + s.id())).body(s);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stops a scheduled report e-mail (its owner, or an administrator)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        schedules.delete(id);
        return ResponseEntity.noContent().build();
    }
}
