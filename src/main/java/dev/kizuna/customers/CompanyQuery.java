package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.api.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WHERE and ORDER BY of a customers list, built from its conditions: built-in columns and custom fields
 * alike. Every condition and sort resolves to an indexed expression: built-in sorts have (column, name_kana, id)
 * indexes; each custom field has one on (its jsonb value, name_kana, id) — see CustomFieldIndexes.
 */
final class CompanyQuery {

    /** Built-in fields that lists filter, sort or show, in the order the filter menu offers them. */
    static final Map<String, ListField> BUILT_IN = builtIns();

    private static Map<String, ListField> builtIns() {
        Map<String, ListField> m = new LinkedHashMap<>();
        put(m, "kind", FieldType.SINGLE_CHOICE, List.of("COMPANY", "INDIVIDUAL"), "kind.", false);
        put(m, "status", FieldType.SINGLE_CHOICE, List.of("PROSPECT", "CUSTOMER", "FORMER"), "status.", false);
        put(m, "ownerId", FieldType.USER, List.of(), null, false);
        put(m, "tag", FieldType.TEXT, List.of(), null, false);
        put(m, "prefecture", FieldType.TEXT, List.of(), null, true);
        put(m, "city", FieldType.TEXT, List.of(), null, false);
        put(m, "industry", FieldType.TEXT, List.of(), null, false);
        put(m, "leadSource", FieldType.TEXT, List.of(), null, false);
        put(m, "employeeCount", FieldType.NUMBER, List.of(), null, true);
        put(m, "annualRevenue", FieldType.MONEY, List.of(), null, true);
        put(m, "createdAt", FieldType.DATE, List.of(), null, true);
        put(m, "updatedAt", FieldType.DATE, List.of(), null, true);
        put(m, "incomplete", FieldType.CHECKBOX, List.of(), null, false);
        return m;
    }

    private static void put(Map<String, ListField> m, String name, FieldType type, List<String> options, String prefix,
            boolean sortable) {
        m.put(name, new ListField(name, type, null, options, prefix, sortable));
    }

    /** Sort names: kana (あいうえお, default), created, updated, the sortable built-ins, customFields.<key>. */
    static final String DEFAULT_SORT = "kana";

    private final List<CustomField> customFields;
    private final java.util.function.Supplier<String> incompleteCondition;
    private final JsonMapper json;
    private final String alias;

    CompanyQuery(List<CustomField> customFields, java.util.function.Supplier<String> incompleteCondition,
            JsonMapper json) {
        this(customFields, incompleteCondition, json, "c");
    }

    /** For another table's custom fields ({@code deal}), aliased {@code alias} in its query. */
    CompanyQuery(List<CustomField> customFields, java.util.function.Supplier<String> incompleteCondition,
            JsonMapper json, String alias) {
        this.customFields = customFields;
        this.incompleteCondition = incompleteCondition;
        this.json = json;
        this.alias = alias;
    }

    /** Every field of the list: built-in, then the active custom fields in their order. */
    static List<ListField> fields(List<CustomField> customFields) {
        List<ListField> all = new ArrayList<>(BUILT_IN.values());
        customFields.forEach(f -> all.add(new ListField(f.name(), f.type(), f, f.options(), null, f.type().sortable())));
        return all;
    }

    /** The names {@code sort} accepts. */
    static List<String> sorts(List<CustomField> customFields) {
        List<String> sorts = new ArrayList<>(List.of("kana", "created", "updated", "prefecture", "employeeCount",
                "annualRevenue"));
        customFields.stream().filter(f -> f.type().sortable()).forEach(f -> sorts.add(f.name()));
        return sorts;
    }

    KeysetOrder order(String sort, boolean desc) {
        String s = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
        return switch (s) {
            case "kana", "name" -> new KeysetOrder("c.name_kana", "text", "c.id", desc);
            case "created", "createdAt" -> new KeysetOrder("c.created_at", "timestamptz", "c.id", desc);
            case "updated", "updatedAt" -> new KeysetOrder("c.updated_at", "timestamptz", "c.id", desc);
            case "prefecture" -> byThenKana("c.prefecture", "text", desc);
            case "employeeCount" -> byThenKana("coalesce(c.employee_count, -1)", "integer", desc);
            case "annualRevenue" -> byThenKana("coalesce(c.annual_revenue, -1)", "bigint", desc);
            default -> {
                CustomField field = custom(s).filter(f -> f.type().sortable()).orElseThrow(
                        () -> new RuleViolationException(FieldProblem.of("sort", "OneOf",
                                String.join(", ", sorts(customFields)))));
                yield byThenKana(field.expression("c"), "jsonb", desc);
            }
        };
    }

    private static KeysetOrder byThenKana(String column, String type, boolean desc) {
        return new KeysetOrder(List.of(column, "c.name_kana"), List.of(type, "text"), "c.id", desc);
    }

    /** Appends {@code and <condition>} for each condition; a bad one is a rule violation naming filter[field]. */
    void appendConditions(StringBuilder where, List<Object> args, List<FieldCondition> conditions) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldCondition c : conditions) {
            if (c.value() == null || c.value().isBlank()) {
                continue;
            }
            try {
                append(where, args, c);
            } catch (CustomValues.Invalid e) {
                problems.add(FieldProblem.of("filter[" + c.field() + "]", e.code, e.arguments));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    private void append(StringBuilder where, List<Object> args, FieldCondition c) {
        ListField field = BUILT_IN.get(c.field());
        if (field == null) {
            CustomField custom = custom(c.field()).orElseThrow(() -> new CustomValues.Invalid("UnknownField"));
            appendCustom(where, args, custom, c);
            return;
        }
        if (!field.ops().contains(c.op())) {
            throw new CustomValues.Invalid("OneOf", String.join(", ", field.ops()));
        }
        String v = CustomerRules.text(c.value());
        switch (c.field()) {
            case "kind", "status" -> {
                String code = field.options().stream().filter(o -> o.equalsIgnoreCase(v)).findFirst()
                        .orElseThrow(() -> new CustomValues.Invalid("OneOf",
                                String.join(", ", field.options()).toLowerCase(Locale.ROOT)));
                where.append(" and c.").append(c.field()).append(" = ?");
                args.add(code.toLowerCase(Locale.ROOT));
            }
            case "ownerId" -> {
                UUID id = Ids.parse(v).orElseThrow(() -> new CustomValues.Invalid("UnknownId"));
                where.append(" and c.owner_id = ?");
                args.add(id);
            }
            case "tag" -> {
                where.append(" and c.tags @> array[?]::text[]");
                args.add(CustomerRules.folded(v)); // tags are stored folded (keys), see CustomerRules.clean
            }
            case "prefecture" -> {
                where.append(" and c.prefecture = ?");
                args.add(v);
            }
            case "city", "industry", "leadSource" -> {
                String column = switch (c.field()) {
                    case "city" -> "c.city";
                    case "industry" -> "c.industry";
                    default -> "c.lead_source";
                };
                if ("eq".equals(c.op())) {
                    where.append(" and ").append(column).append(" = ?");
                    args.add(v);
                } else {
                    where.append(" and ").append(column).append(" like ? escape '\\'");
                    args.add("%" + likeEscaped(v) + "%");
                }
            }
            case "employeeCount", "annualRevenue" -> {
                String column = "employeeCount".equals(c.field()) ? "coalesce(c.employee_count, -1)"
                        : "coalesce(c.annual_revenue, -1)";
                where.append(" and ").append(column).append(operator(c.op())).append("cast(? as numeric)")
                        .append(" and ").append(column).append(" >= 0");
                args.add(CustomValues.number(v));
            }
            case "createdAt", "updatedAt" -> {
                String column = "createdAt".equals(c.field()) ? "c.created_at" : "c.updated_at";
                java.time.LocalDate day = java.time.LocalDate.parse(CustomValues.date(v));
                switch (c.op()) {
                    case "gte" -> where.append(" and ").append(column).append(" >= ?");
                    case "lte" -> where.append(" and ").append(column).append(" < ?");
                    default -> {
                        where.append(" and ").append(column).append(" >= ? and ").append(column).append(" < ?");
                        args.add(tokyoStartOf(day));
                    }
                }
                args.add("gte".equals(c.op()) ? tokyoStartOf(day) : tokyoStartOf(day.plusDays(1)));
            }
            case "incomplete" -> {
                if (Boolean.parseBoolean(v) || "on".equals(v)) {
                    where.append(" and ").append(incompleteCondition.get());
                }
            }
            default -> throw new CustomValues.Invalid("UnknownField");
        }
    }

    private void appendCustom(StringBuilder where, List<Object> args, CustomField field, FieldCondition c) {
        String expression = field.expression(alias);
        FieldType type = field.type();
        List<String> ops = new ListField(field.name(), type, field, field.options(), null, type.sortable()).ops();
        if (!ops.contains(c.op())) {
            throw new CustomValues.Invalid("OneOf", String.join(", ", ops));
        }
        if ("contains".equals(c.op())) {
            where.append(" and ").append(alias).append(".custom_fields ->> '").append(field.key()).append("' ilike ? escape '\\'");
            args.add("%" + likeEscaped(CustomerRules.text(c.value())) + "%");
            return;
        }
        if (type == FieldType.MULTIPLE_CHOICE) {
            where.append(" and ").append(alias).append(".custom_fields @> cast(? as jsonb)");
            args.add(json.writeValueAsString(Map.of(field.key(), List.of(singleChoice(field, c.value())))));
            return;
        }
        if (type == FieldType.CHECKBOX) {
            boolean wanted = Boolean.TRUE.equals(value(field, c.value()));
            where.append(" and ").append(expression).append(wanted ? " = 'true'::jsonb" : " <> 'true'::jsonb");
            return;
        }
        Object value = value(field, c.value());
        where.append(" and ").append(expression).append(operator(c.op())).append("cast(? as jsonb)");
        args.add(json.writeValueAsString(value));
        if (!"eq".equals(c.op())) {
            where.append(" and ").append(expression).append(" <> 'null'::jsonb");
        }
    }

    private static String singleChoice(CustomField field, String value) {
        return CustomValues.option(field, CustomerRules.text(value));
    }

    private static Object value(CustomField field, String typed) {
        Object value = CustomValues.value(field, typed, id -> true);
        if (value == null) {
            throw new CustomValues.Invalid("NotBlank");
        }
        return value;
    }

    private java.util.Optional<CustomField> custom(String name) {
        return customFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static String operator(String op) {
        return switch (op) {
            case "gte" -> " >= ";
            case "lte" -> " <= ";
            default -> " = ";
        };
    }

    private static java.time.OffsetDateTime tokyoStartOf(java.time.LocalDate day) {
        return day.atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toOffsetDateTime();
    }

    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
