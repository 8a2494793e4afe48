package dev.kizuna.success;

import java.time.YearMonth;
import java.util.List;

import dev.kizuna.platform.api.Check;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The success reports (seed 003's figures): continuation rate by month and by start cohort, revenue per client,
 * the early-renewal rate and churn reasons over a span of months. Everyone signed in reads them.
 */
@Service
@Transactional(readOnly = true)
public class RetentionReports {

    static final int MAX_MONTHS = 120;

    private final ReportRepository reports;

    RetentionReports(ReportRepository reports) {
        this.reports = reports;
    }

    /** Renewals decided in the span, the early ones, and their share in tenths of a percent. */
    public record EarlyRenewals(int renewals, int early, Integer permille) {
    }

    public record ReasonCount(String reason, int count) {
    }

    public record Figures(RetentionReport retention, EarlyRenewals earlyRenewals, List<ReasonCount> churnReasons) {
    }

    @PreAuthorize("isAuthenticated()")
    public Figures retention(YearMonth from, YearMonth to) {
        Check.of().required("from", from).required("to", to)
                .failIf(from != null && to != null && to.isBefore(from), "to", "SuccessEndBeforeStart")
                .failIf(from != null && to != null && from.plusMonths(MAX_MONTHS - 1).isBefore(to), "to", "Range",
                        from, from == null ? null : from.plusMonths(MAX_MONTHS - 1))
                .verify();
        RetentionReport retention = RetentionReport.of(reports.facts(to.atEndOfMonth()), from, to);
        int[] renewals = reports.renewals(from.atDay(1), to.atEndOfMonth());
        return new Figures(retention, new EarlyRenewals(renewals[0], renewals[1],
                RetentionReport.permille(renewals[1], renewals[0])),
                reports.churnReasons(from.atDay(1), to.atEndOfMonth()));
    }
}
