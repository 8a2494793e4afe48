package dev.kizuna.insights.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report run: one row per group and month ({@code group} and {@code month} null when the report has no such
 * grouping) with the measured value, ordered by month then group; and the same as a chart's {@code labels} (months,
 * or groups without a period) and {@code series} (one per group when grouped both ways, else one).
 */
public record ReportResult(String chart, String groupBy, String period, List<Row> rows, List<String> labels,
        List<Series> series) {

    public record Row(String group, String month, BigDecimal value) {
    }

    public record Series(String name, List<BigDecimal> values) {
    }

    /** A record behind a bar: what it is, its page and the measured value (1 for a count). */
    public record Record(String id, String title, String href, BigDecimal value) {
    }
}
