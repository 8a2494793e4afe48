package dev.kizuna.insights.api;

import java.time.LocalDate;

import dev.kizuna.insights.DailyReport;
import dev.kizuna.insights.DailyReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/daily-reports/{date}}: the daily report sent on a business day, for managers and administrators. */
@RestController
@RequestMapping("/api/v1/daily-reports")
@Tag(name = "Insights")
class DailyReportsApi {

    private final DailyReports reports;

    DailyReportsApi(DailyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{date}")
    @Operation(summary = "The daily report of a business day (YYYY-MM-DD): per team and rep, activities by channel "
            + "and type, new customers, overdue follow-ups, input compliance; deals moved forward, won and lost (with "
            + "amounts) and stalled now, in total and per owner; orders and payments received and orders unpaid past due "
            + "(with amounts), in total and per order owner")
    DailyReportJson get(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        DailyReport report = reports.report(date);
        return DailyReportJson.of(report);
    }
}
