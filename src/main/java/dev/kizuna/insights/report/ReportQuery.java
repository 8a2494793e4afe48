package dev.kizuna.insights.report;

import java.util.ArrayList;
import java.util.List;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * A report definition checked against its source and turned into SQL: every field must exist, a sum needs a number
 * field, the period a date field, and grouping by a person's name needs a manager. Each problem names the part of the
 * definition it is about ({@code measure.field}, {@code groupBy}, {@code filters[1].field} …), answered as 422.
 */
record ReportQuery(ReportSource source, String measureSql, String recordValueSql, ReportField group,
        ReportField period, String where, List<Object> args) {

    static final List<String> OPS = List.of("eq", "ne", "contains", "gte", "lte");
    private static final String TOKYO = " at time zone 'Asia/Tokyo'";

    static ReportQuery of(ReportDefinition d, PermissionLevel level) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null || d.source() == null || !ReportSource.ALL.containsKey(d.source())) {
            throw new RuleViolationException(FieldProblem.of("source", "OneOf",
                    String.join(", ", ReportSource.ALL.keySet().stream().sorted().toList())));
        }
        ReportSource source = ReportSource.ALL.get(d.source());
        String measureSql = "count(*)";
        String recordValueSql = "1";
        String function = d.measure() == null || d.measure().function() == null ? "count" : d.measure().function();
        if ("sum".equals(function)) {
            ReportField f = known(source, d.measure().field(), "measure.field", problems);
            if (f != null && f.kind() != ReportField.Kind.NUMBER) {
                problems.add(FieldProblem.of("measure.field", "ReportNotNumber", d.measure().field()));
            } else if (f != null) {
                measureSql = "coalesce(sum(" + f.sql() + "), 0)";
                recordValueSql = "coalesce(" + f.sql() + ", 0)";
            }
        } else if (!"count".equals(function)) {
            problems.add(FieldProblem.of("measure.function", "OneOf", "count, sum"));
        }
        ReportField group = null;
        if (d.groupBy() != null && !d.groupBy().isBlank()) {
            group = known(source, d.groupBy(), "groupBy", problems);
            if (group != null && !level.includes(group.groupMinimum())) {
                problems.add(FieldProblem.of("groupBy", "ReportFieldNotVisible", d.groupBy()));
            }
        }
        ReportField period = null;
        if (d.period() != null && d.period().field() != null) {
            period = known(source, d.period().field(), "period.field", problems);
            if (period != null && period.kind() != ReportField.Kind.DATE) {
                problems.add(FieldProblem.of("period.field", "ReportNotDate", d.period().field()));
            }
        }
        if (!ReportDefinition.CHARTS.contains(d.chartOrDefault())) {
            problems.add(FieldProblem.of("chart", "OneOf", String.join(", ", ReportDefinition.CHARTS)));
        }
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        List<ReportDefinition.Filter> filters = d.filtersOrNone();
        for (int i = 0; i < filters.size(); i++) {
            filter(source, filters.get(i), "filters[" + i + "]", where, args, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new ReportQuery(source, measureSql, recordValueSql, group, period, where.toString(), args);
    }

    private static void filter(ReportSource source, ReportDefinition.Filter f, String at, StringBuilder where,
            List<Object> args, List<FieldProblem> problems) {
        ReportField field = known(source, f.field(), at + ".field", problems);
        if (field == null) {
            return;
        }
        if (f.op() == null || !OPS.contains(f.op())) {
            problems.add(FieldProblem.of(at + ".op", "OneOf", String.join(", ", OPS)));
            return;
        }
        if (f.value() == null) {
            problems.add(FieldProblem.of(at + ".value", "NotBlank"));
            return;
        }
        String column = field.kind() == ReportField.Kind.DATE ? "(cast(" + field.sql() + " as timestamptz)" + TOKYO + ")::date"
                : field.sql();
        String cast = switch (field.kind()) {
            case NUMBER -> "numeric";
            case DATE -> "date";
            case TEXT -> "text";
        };
        try {
            switch (field.kind()) {
                case NUMBER -> new java.math.BigDecimal(f.value());
                case DATE -> java.time.LocalDate.parse(f.value());
                default -> { }
            }
        } catch (RuntimeException e) {
            problems.add(FieldProblem.of(at + ".value", field.kind() == ReportField.Kind.DATE ? "Date" : "Number"));
            return;
        }
        switch (f.op()) {
            case "contains" -> {
                where.append(" and ").append(field.sql()).append(" ilike ?");
                args.add("%" + f.value().replace("%", "\\%").replace("_", "\\_") + "%");
            }
            case "eq", "ne", "gte", "lte" -> {
                String op = switch (f.op()) {
                    case "eq" -> "=";
                    case "ne" -> "<>";
                    case "gte" -> ">=";
                    default -> "<=";
                };
                where.append(" and ").append(column).append(' ').append(op).append(" cast(? as ").append(cast).append(')');
                args.add(f.value());
            }
            default -> { }
        }
    }

    private static ReportField known(ReportSource source, String name, String at, List<FieldProblem> problems) {
        var field = source.field(name == null ? "" : name);
        if (field.isEmpty()) {
            problems.add(FieldProblem.of(at, "ReportUnknownField", name == null ? "" : name));
        }
        return field.orElse(null);
    }

    /** The SQL expression of the month ('2026-11') of the period field. */
    String monthSql() {
        return "to_char(cast(" + period.sql() + " as timestamptz)" + TOKYO + ", 'YYYY-MM')";
    }
}
