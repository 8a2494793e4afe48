package dev.kizuna.insights.web;

import java.util.ArrayList;
import java.util.List;

import dev.kizuna.insights.report.ReportDefinition;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report builder's fields as a query string (so a built report can be bookmarked and shared before it is saved):
 * source, function, field (summed), groupBy, period (date field by month), chart and up to three filters
 * {@code f0}/{@code op0}/{@code v0} … {@code f2}/{@code op2}/{@code v2}.
 */
record ReportForm(String source, String function, String field, String groupBy, String period, String chart,
        List<String> f, List<String> op, List<String> v) {

    static final int FILTERS = 3;

    static ReportForm of(java.util.Map<String, String[]> p) {
        List<String> f = new ArrayList<>();
        List<String> op = new ArrayList<>();
        List<String> v = new ArrayList<>();
        for (int i = 0; i < FILTERS; i++) {
            f.add(value(p, "f" + i));
            op.add(value(p, "op" + i));
            v.add(value(p, "v" + i));
        }
        return new ReportForm(value(p, "source"), value(p, "function"), value(p, "field"), value(p, "groupBy"),
                value(p, "period"), value(p, "chart"), f, op, v);
    }

    static ReportForm of(ReportDefinition d) {
        List<String> f = new ArrayList<>();
        List<String> op = new ArrayList<>();
        List<String> v = new ArrayList<>();
        for (int i = 0; i < FILTERS; i++) {
            var filter = i < d.filtersOrNone().size() ? d.filtersOrNone().get(i) : null;
            f.add(filter == null ? null : filter.field());
            op.add(filter == null ? null : filter.op());
            v.add(filter == null ? null : filter.value());
        }
        return new ReportForm(d.source(), d.measure() == null ? null : d.measure().function(),
                d.measure() == null ? null : d.measure().field(), d.groupBy(),
                d.period() == null ? null : d.period().field(), d.chart(), f, op, v);
    }

    ReportDefinition definition() {
        List<ReportDefinition.Filter> filters = new ArrayList<>();
        for (int i = 0; i < FILTERS; i++) {
            if (f.get(i) != null) {
                filters.add(new ReportDefinition.Filter(f.get(i), op.get(i) == null ? "eq" : op.get(i), v.get(i)));
            }
        }
        return new ReportDefinition(source, new ReportDefinition.Measure(function == null ? "count" : function, field),
                groupBy, period == null ? null : new ReportDefinition.Period(period), filters, chart);
    }

    /** The query string that rebuilds this form, for links (drill-down, bookmarks). */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "source", source);
        add(b, "function", function);
        add(b, "field", field);
        add(b, "groupBy", groupBy);
        add(b, "period", period);
        add(b, "chart", chart);
        for (int i = 0; i < FILTERS; i++) {
            add(b, "f" + i, f.get(i));
            add(b, "op" + i, op.get(i));
            add(b, "v" + i, v.get(i));
        }
        return b.encode().build().getQuery();
    }

    public String filterField(int i) {
        return f.get(i);
    }

    public String filterOp(int i) {
        return op.get(i);
    }

    public String filterValue(int i) {
        return v.get(i);
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }

    private static String value(java.util.Map<String, String[]> p, String name) {
        String[] values = p.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }
}
