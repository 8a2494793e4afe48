package dev.kizuna.insights.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * A report definition checked against its source and turned into SQL: every field must exist, a sum needs a number
 * field, the period a date field, and grouping by a person's name needs a manager. Each problem names the part of the
 * definition it is about ({@code measure.field}, {@code groupBy}, {@code filters[1].field} …), answered as 422.
 * {@link #overRollup()} is the same report read from the source's rollup, when the rollup can answer it.
 */
record ReportQuery(ReportSource source, String measureSql, String recordValueSql, ReportField group,
        ReportField period, String where, List<Object> args, ReportDefinition definition, PermissionLevel level) {

    static final List<String> OPS = List.of("eq", "ne", "contains", "gte", "lte");

    static ReportQuery of(ReportDefinition d, PermissionLevel level) {
        if (d == null || d.source() == null || !ReportSource.ALL.containsKey(d.source())) {
            throw new RuleViolationException(FieldProblem.of("source", "OneOf",
                    String.join(", ", ReportSource.ALL.keySet().stream().sorted().toList())));
        }
        return over(ReportSource.ALL.get(d.source()), d, level);
    }

    /**
     * The same report over the source's rollup when the rollup holds every field it groups and filters by and it
     * counts (a rollup holds counts only); empty otherwise, and then the source's own tables answer.
     */
    Optional<ReportQuery> overRollup() {
        ReportSource rollup = source.rollup();
        if (rollup == null || !measureSql.equals(source.count())
                || group != null && rollup.field(group.name()).isEmpty()
                || period != null && rollup.field(period.name()).isEmpty()) {
            return Optional.empty();
        }
        for (ReportDefinition.Filter f : definition.filtersOrNone()) {
            var field = rollup.field(f.field());
            if (field.isEmpty() || field.get().kind() == ReportField.Kind.DATE && "contains".equals(f.op())) {
                return Optional.empty();
            }
        }
        return Optional.of(over(rollup, definition, level));
    }

    private static ReportQuery over(ReportSource source, ReportDefinition d, PermissionLevel level) {
        List<FieldProblem> problems = new ArrayList<>();
        String measureSql = source.count();
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
        StringBuilder where = new StringBuilder(" where " + source.scope());
        List<Object> args = new ArrayList<>();
        List<ReportDefinition.Filter> filters = d.filtersOrNone();
        for (int i = 0; i < filters.size(); i++) {
            filter(source, filters.get(i), "filters[" + i + "]", where, args, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new ReportQuery(source, measureSql, recordValueSql, group, period, where.toString(), args, d, level);
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
        String column = field.kind() == ReportField.Kind.DATE ? field.daySql() : field.sql();
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
        return period.monthSql();
    }
}
