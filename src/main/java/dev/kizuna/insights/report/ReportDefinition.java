package dev.kizuna.insights.report;

import java.util.List;

/**
 * What a report shows: from a {@code source} (deals, activities, orders, customers), a {@code measure} (count, or
 * the sum of a number field), optionally grouped by a field ({@code groupBy}) and by month of a date field
 * ({@code period}), after {@code filters}, drawn as {@code chart} (bar, stacked, line).
 */
public record ReportDefinition(String source, Measure measure, String groupBy, Period period, List<Filter> filters,
        String chart) {

    public static final List<String> CHARTS = List.of("bar", "stacked", "line");

    /** {@code function}: count or sum; {@code field}: the number field summed (none for count). */
    public record Measure(String function, String field) {
    }

    /** Group by month of a date field. */
    public record Period(String field) {
    }

    /** {@code op}: eq, ne, contains (text), gte, lte (numbers and dates, YYYY-MM-DD). */
    public record Filter(String field, String op, String value) {
    }

    public List<Filter> filtersOrNone() {
        return filters == null ? List.of() : filters;
    }

    public String chartOrDefault() {
        return chart == null || chart.isBlank() ? "bar" : chart;
    }
}
