package dev.kizuna.success.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.success.RetentionReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/success-reports/retention}: seed 003's figures over a span of months. */
@RestController
@Tag(name = "Customer success")
class SuccessReportsApi {

    private final RetentionReports reports;

    SuccessReportsApi(RetentionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/success-reports/retention")
    @Operation(summary = "Continuation rate, cohorts, revenue per client, early renewals, churn reasons", description = """
            from, to: months (YYYY-MM), at most 120. Per month: customers running at its start, churned in it,
            continuationPermille (‰ of the starters still running at its end), runningAtEnd, revenuePerClient (yen a
            month; yearly contracts count a twelfth). Cohorts by the month of a customer's first contract: the ‰
            still running at the end of each month since. earlyRenewals: renewals decided in the span and the early
            ones. churnReasons: churns in the span by reason. Counted per customer.""")
    RetentionReports.Figures retention(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reports.retention(month("from", from), month("to", to));
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "SuccessMonth"));
        }
    }
}
