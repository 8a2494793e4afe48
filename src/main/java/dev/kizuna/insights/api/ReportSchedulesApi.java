package dev.kizuna.insights.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dev.kizuna.insights.report.ReportSchedule;
import dev.kizuna.insights.report.ReportSchedules;
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

/** {@code /api/v1/report-schedules}: saved reports e-mailed weekly with the data as Excel. */
@RestController
@RequestMapping("/api/v1/report-schedules")
@Tag(name = "Insights")
class ReportSchedulesApi {

    private final ReportSchedules schedules;

    ReportSchedulesApi(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    record NewSchedule(UUID reportId, DayOfWeek weekday, LocalTime sendAt, List<String> recipients) {
    }

    record ScheduleList(List<ReportSchedule> items, String nextCursor) {
    }

    @GetMapping
    @Operation(summary = "The caller's weekly report e-mails")
    ScheduleList list() {
        return new ScheduleList(schedules.mine(), null);
    }

    @PostMapping
    @Operation(summary = "E-mails a saved report every week: weekday (MONDAY … SUNDAY), sendAt (HH:mm, Tokyo time), "
            + "recipients (1–20 addresses); the full data is attached as Excel (.xlsx). The report runs with the caller's "
            + "permission level at send time")
    ResponseEntity<ReportSchedule> create(@RequestBody NewSchedule body) {
        ReportSchedule s = schedules.create(body == null ? null : body.reportId(), body == null ? null : body.weekday(),
                body == null ? null : body.sendAt(), body == null ? null : body.recipients());
        return ResponseEntity.created(URI.create("/api/v1/report-schedules/" + s.id())).body(s);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stops a weekly report e-mail (its owner, or an administrator)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        schedules.delete(id);
        return ResponseEntity.noContent().build();
    }
}
