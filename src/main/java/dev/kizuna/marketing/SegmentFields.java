package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kizuna.platform.api.Check;

/**
 * The fields a segment condition may name and the SQL each one becomes, over {@code company c} left-joined to its
 * purchase figures {@code customer_figures f}. Every value goes in as a bind parameter; a field, operator or value
 * it does not know is a problem naming {@code conditions[i].field}, {@code .op} or {@code .value}. Custom fields
 * ({@code customFields.<key>}) are handed to the customers module, which writes the same SQL its list does.
 */
final class SegmentFields {

    enum Kind { NUMBER, TEXT, BOOLEAN, TAGS }

    record Field(String name, Kind kind, Set<String> ops, int min, int max, Set<String> choices) {
    }

    static final Set<String> SUBSCRIPTION_STATES = Set.of("active", "paused", "skipping", "cancelled", "none");
    private static final Set<String> CMP = Set.of("eq", "in", "gte", "lte");
    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        number("fStage", 0, 4);
        number("ltv", 0, Integer.MAX_VALUE);
        number("paidOrders", 0, 100_000);
        number("rScore", 1, 5);
        number("fScore", 1, 5);
        number("mScore", 1, 5);
        FIELDS.put("lastOrderDays", new Field("lastOrderDays", Kind.NUMBER, Set.of("gte", "lte"), 0, 36_500, Set.of()));
        FIELDS.put("nextDeliveryDays", new Field("nextDeliveryDays", Kind.NUMBER, Set.of("lte"), 0, 3_650, Set.of()));
        number("birthdayMonth", 1, 12);
        text("subscriptionStatus", SUBSCRIPTION_STATES);
        text("prefecture", Set.of());
        text("status", Set.of("prospect", "customer", "former"));
        text("kind", Set.of("company", "individual"));
        FIELDS.put("tags", new Field("tags", Kind.TAGS, Set.of("any", "all", "none"), 0, 0, Set.of()));
        for (String b : List.of("emailOptIn", "phoneOptIn", "lineOptIn", "postalOptOut")) {
            FIELDS.put(b, new Field(b, Kind.BOOLEAN, Set.of("eq"), 0, 0, Set.of()));
        }
    }

    private SegmentFields() {
    }

    private static void number(String name, int min, int max) {
        FIELDS.put(name, new Field(name, Kind.NUMBER, CMP, min, max, Set.of()));
    }

    private static void text(String name, Set<String> choices) {
        FIELDS.put(name, new Field(name, Kind.TEXT, Set.of("eq", "in"), 0, 0, choices));
    }

    /** The built-in field names, in the order the segment editor offers them. */
    static List<String> names() {
        return List.copyOf(FIELDS.keySet());
    }

    static Field field(String name) {
        return FIELDS.get(name);
    }

    static boolean isCustom(String name) {
        return name.startsWith("customFields.");
    }

    /** Adds a problem for each condition that names an unknown field or operator or has an unfit value. */
    static void check(List<SegmentCondition> conditions, Set<String> customNames, Check check) {
        for (int i = 0; i < conditions.size(); i++) {
            SegmentCondition c = conditions.get(i);
            String at = "conditions[" + i + "].";
            if (isCustom(c.field())) {
                check.failIf(!customNames.contains(c.field()), at + "field", "MarketingUnknownField", c.field())
                        .oneOf(at + "op", c.op(), List.of("eq", "gte", "lte", "contains"))
                        .failIf(c.values().size() != 1, at + "value", "MarketingConditionValue");
                continue;
            }
            Field f = FIELDS.get(c.field());
            if (f == null) {
                check.failIf(true, at + "field", "MarketingUnknownField", c.field());
                continue;
            }
            check.oneOf(at + "op", c.op(), f.ops());
            List<String> values = c.values();
            boolean many = Set.of("in", "any", "all", "none").contains(c.op());
            check.failIf(values.isEmpty() || (!many && values.size() > 1) || values.size() > 100 || !fits(f, values),
                    at + "value", "MarketingConditionValue");
        }
    }

    private static boolean fits(Field f, List<String> values) {
        for (String v : values) {
            switch (f.kind()) {
                case NUMBER -> {
                    try {
                        long n = Long.parseLong(v);
                        if (n < f.min() || n > f.max()) {
                            return false;
                        }
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        return false;
                    }
                }
                case TEXT -> {
                    if ((!f.choices().isEmpty() && !f.choices().contains(v)) || v.length() > 200) {
                        return false;
                    }
                }
                case TAGS -> {
                    if (v.length() > 100) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Appends {@code and <condition>} for each built-in condition (checked before), binding into {@code args}. */
    static void appendBuiltIn(List<SegmentCondition> conditions, LocalDate today, StringBuilder where,
            List<Object> args) {
        for (SegmentCondition c : conditions) {
            if (isCustom(c.field())) {
                continue;
            }
            where.append(" and ");
            List<String> v = c.values();
            switch (c.field()) {
                case "fStage" -> compare("coalesce(f.f_stage, 0)", c.op(), v, where, args);
                case "ltv" -> compare("coalesce(f.ltv_12m, 0)", c.op(), v, where, args);
                case "paidOrders" -> compare("coalesce(f.paid_orders, 0)", c.op(), v, where, args);
                case "rScore" -> compare("f.r_score", c.op(), v, where, args);
                case "fScore" -> compare("f.f_score", c.op(), v, where, args);
                case "mScore" -> compare("f.m_score", c.op(), v, where, args);
                case "birthdayMonth" -> compare("extract(month from c.birthday)::int", c.op(), v, where, args);
                case "lastOrderDays" -> {
                    // N or more days ago: last_on on or before today − N (customer_figures_last_idx); F0 never matches.
                    where.append(c.op().equals("gte") ? "f.last_on <= ?" : "f.last_on >= ?");
                    args.add(today.minusDays(Long.parseLong(v.getFirst())));
                }
                case "nextDeliveryDays" -> {
                    where.append("exists (select 1 from subscription s where s.company_id = c.id"
                            + " and s.status <> 'cancelled' and s.next_delivery_on between ? and ?)");
                    args.add(today);
                    args.add(today.plusDays(Long.parseLong(v.getFirst())));
                }
                case "subscriptionStatus" -> subscriptionStatus(v, where, args);
                case "prefecture" -> in("c.prefecture", v, "text", where, args);
                case "status" -> in("c.status", v, "text", where, args);
                case "kind" -> in("c.kind", v, "text", where, args);
                case "tags" -> tags(c.op(), v, where, args);
                case "emailOptIn" -> flag("c.email_opt_in", v, where);
                case "phoneOptIn" -> flag("c.phone_opt_in", v, where);
                case "lineOptIn" -> flag("c.line_opt_in", v, where);
                case "postalOptOut" -> where.append("c.postal_opt_out_at is ")
                        .append(v.getFirst().equals("true") ? "not null" : "null");
                default -> throw new IllegalArgumentException(c.field());
            }
        }
    }

    private static void compare(String expr, String op, List<String> v, StringBuilder where, List<Object> args) {
        if (op.equals("in")) {
            in(expr, v, "int", where, args);
            return;
        }
        where.append(expr).append(switch (op) {
            case "gte" -> " >= ?";
            case "lte" -> " <= ?";
            default -> " = ?";
        });
        args.add(Long.parseLong(v.getFirst()));
    }

    private static void in(String expr, List<String> v, String type, StringBuilder where, List<Object> args) {
        where.append(expr).append(" = any(cast(? as ").append(type).append("[]))");
        args.add(type.equals("int") ? v.stream().map(Integer::valueOf).toArray(Integer[]::new)
                : v.toArray(String[]::new));
    }

    private static void subscriptionStatus(List<String> v, StringBuilder where, List<Object> args) {
        List<String> states = new ArrayList<>(v);
        boolean none = states.remove("none");
        where.append("(");
        if (!states.isEmpty()) {
            where.append("exists (select 1 from subscription s where s.company_id = c.id"
                    + " and s.status = any(cast(? as text[])))");
            args.add(states.toArray(String[]::new));
        }
        if (none) {
            where.append(states.isEmpty() ? "" : " or ")
                    .append("not exists (select 1 from subscription s where s.company_id = c.id)");
        }
        where.append(")");
    }

    private static void tags(String op, List<String> v, StringBuilder where, List<Object> args) {
        where.append(switch (op) {
            case "all" -> "c.tags @> cast(? as text[])";
            case "none" -> "not (c.tags && cast(? as text[]))";
            default -> "c.tags && cast(? as text[])";
        });
        args.add(v.toArray(String[]::new));
    }

    private static void flag(String column, List<String> v, StringBuilder where) {
        where.append(v.getFirst().equals("true") ? column : "not " + column);
    }
}
