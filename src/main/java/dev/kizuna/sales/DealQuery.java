package dev.kizuna.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.FieldCondition;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.text.JapaneseText;

/**
 * The WHERE and ORDER BY of a deals list from a {@link DealFilter}: built-in fields here, custom fields through the
 * customer master's {@link CustomFields#appendConditions}. Each sort has an index on (column, id).
 */
final class DealQuery {

    static final List<String> FIELDS = List.of("pipelineId", "stageId", "status", "active", "stalled", "ownerId",
            "companyId", "leadSource", "amount", "expectedCloseOn");

    private DealQuery() {
    }

    static void appendWhere(DealFilter filter, StringBuilder where, List<Object> args, StallRule.AsOf asOf,
            CustomFields customFields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and d.title ilike ? escape '\\'");
            args.add("%" + like(JapaneseText.normalize(filter.text()).strip()) + "%");
        }
        for (FieldCondition c : filter.conditions()) {
            if (c.value() == null || c.value().isBlank() || c.field().startsWith("customFields.")) {
                continue;
            }
            try {
                append(where, args, c, asOf);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                problems.add(FieldProblem.of("filter[" + c.field() + "]", e.getMessage() == null ? "Invalid"
                        : e.getMessage().startsWith("OneOf") ? "OneOf" : "Invalid",
                        e.getMessage() != null && e.getMessage().startsWith("OneOf:")
                                ? new Object[] {e.getMessage().substring(6)} : new Object[0]));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        customFields.appendConditions("deal", "d", filter.conditions(), where, args);
    }

    private static void append(StringBuilder where, List<Object> args, FieldCondition c, StallRule.AsOf asOf) {
        String v = c.value().strip();
        String op = c.op();
        switch (c.field()) {
            case "pipelineId", "stageId", "ownerId", "companyId" -> {
                only(op, "eq");
                String column = switch (c.field()) {
                    case "pipelineId" -> "d.pipeline_id";
                    case "stageId" -> "d.stage_id";
                    case "ownerId" -> "d.owner_id";
                    default -> "d.company_id";
                };
                where.append(" and ").append(column).append(" = ?");
                args.add(Ids.parse(v).orElseThrow(() -> new IllegalArgumentException("Invalid")));
            }
            case "status" -> {
                only(op, "eq");
                String status = v.toLowerCase(Locale.ROOT);
                if (!List.of("open", "won", "lost").contains(status)) {
                    throw new IllegalArgumentException("OneOf:open, won, lost");
                }
                where.append(" and d.status = ?");
                args.add(status);
            }
            case "active" -> {
                only(op, "eq");
                where.append(bool(v) ? " and d.active" : " and not d.active");
            }
            case "stalled" -> {
                only(op, "eq");
                if (bool(v)) {
                    where.append(" and ").append(StallRule.AsOf.CONDITION);
                    args.addAll(asOf.args());
                } else {
                    where.append(" and not ").append(StallRule.AsOf.CONDITION);
                    args.addAll(asOf.args());
                }
            }
            case "leadSource" -> {
                if ("contains".equals(op)) {
                    where.append(" and d.lead_source ilike ? escape '\\'");
                    args.add("%" + like(v) + "%");
                } else {
                    only(op, "eq");
                    where.append(" and d.lead_source = ?");
                    args.add(v);
                }
            }
            case "amount" -> {
                where.append(" and d.amount").append(operator(op)).append("?");
                try {
                    args.add(Long.parseLong(JapaneseText.normalize(v).replace(",", "").replace("¥", "")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Invalid");
                }
            }
            case "expectedCloseOn" -> {
                where.append(" and d.expected_close_on").append(operator(op)).append("?");
                args.add(LocalDate.parse(v));
            }
            default -> throw new IllegalArgumentException("OneOf:" + String.join(", ", FIELDS) + ", customFields.<key>");
        }
    }

    static KeysetOrder order(DealFilter filter, CustomFields customFields) {
        String sort = filter.sortOrDefault();
        boolean desc = filter.desc();
        return switch (sort) {
            case "updated" -> new KeysetOrder("d.updated_at", "timestamptz", "d.id", desc);
            case "created" -> new KeysetOrder("d.created_at", "timestamptz", "d.id", desc);
            case "amount" -> new KeysetOrder("d.amount", "bigint", "d.id", desc);
            case "expectedClose" -> new KeysetOrder("coalesce(d.expected_close_on, date '9999-12-31')", "date", "d.id",
                    desc);
            default -> new KeysetOrder(customFields.sortExpression("deal", "d", sort).orElseThrow(
                    () -> new RuleViolationException(FieldProblem.of("sort", "OneOf",
                            String.join(", ", DealFilter.SORTS) + ", customFields.<key>"))), "jsonb", "d.id", desc);
        };
    }

    private static void only(String op, String allowed) {
        if (!allowed.equals(op)) {
            throw new IllegalArgumentException("OneOf:" + allowed);
        }
    }

    private static String operator(String op) {
        return switch (op) {
            case "gte" -> " >= ";
            case "lte" -> " <= ";
            case "eq" -> " = ";
            default -> throw new IllegalArgumentException("OneOf:eq, gte, lte");
        };
    }

    private static boolean bool(String v) {
        return "true".equalsIgnoreCase(v) || "on".equalsIgnoreCase(v) || "1".equals(v);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
