package dev.kizuna.work;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import dev.kizuna.customers.Company;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.text.JapaneseText;

/** How a {@link BranchCondition} is checked and decided: pure rules, no database. */
final class BranchRules {

    private BranchRules() {
    }

    /** Problems of a branch step's condition, named {@code steps[i].when.<part>}. */
    static void verify(Check check, BranchCondition c, String f) {
        if (c == null) {
            check.failIf(true, f + "when", "NotNull");
            return;
        }
        String subject = c.subject();
        check.required(f + "when.subject", subject).oneOf(f + "when.subject", subject, BranchCondition.SUBJECTS)
                .required(f + "when.field", c.field());
        if ("event".equals(subject)) {
            check.oneOf(f + "when.field", c.field(), BranchCondition.EVENTS)
                    .required(f + "when.op", c.op())
                    .oneOf(f + "when.op", c.op(), BranchCondition.EVENT_OPS);
            return;
        }
        if ("count".equals(subject)) {
            check.oneOf(f + "when.field", c.field(), BranchCondition.COUNTS);
        } else if ("field".equals(subject) && c.field() != null && !c.field().isBlank()) {
            check.failIf(!BranchCondition.FIELDS.contains(c.field()) && !c.field().matches("customFields\\.[a-z][a-z0-9_]*"),
                    f + "when.field", "WorkBranchField");
        }
        check.required(f + "when.op", c.op()).oneOf(f + "when.op", c.op(), BranchCondition.OPS);
        boolean needsValue = c.op() != null && !"empty".equals(c.op()) && !"notEmpty".equals(c.op());
        check.failIf(needsValue && (c.value() == null || c.value().isBlank()), f + "when.value", "NotBlank");
        check.failIf(("gte".equals(c.op()) || "lte".equals(c.op()) || "count".equals(subject)) && needsValue
                && number(c.value()) == null, f + "when.value", "Number");
    }

    /** Whether {@code actual} (a field's value, a count, or — for events — whether it happened) meets the condition. */
    static boolean holds(BranchCondition c, Object actual) {
        String op = c.op();
        if ("happened".equals(op)) {
            return Boolean.TRUE.equals(actual);
        }
        if ("notHappened".equals(op)) {
            return !Boolean.TRUE.equals(actual);
        }
        boolean empty = actual == null || (actual instanceof String s && s.isBlank())
                || (actual instanceof Collection<?> col && col.isEmpty());
        return switch (op) {
            case "empty" -> empty;
            case "notEmpty" -> !empty;
            case "contains" -> !empty && (actual instanceof Collection<?> col
                    ? col.stream().anyMatch(x -> same(x, c.value()))
                    : text(actual).contains(text(c.value())));
            case "eq" -> !empty && (actual instanceof Collection<?> col ? col.stream().anyMatch(x -> same(x, c.value()))
                    : same(actual, c.value()));
            case "ne" -> empty || (actual instanceof Collection<?> col ? col.stream().noneMatch(x -> same(x, c.value()))
                    : !same(actual, c.value()));
            case "gte", "lte" -> {
                BigDecimal a = number(actual);
                BigDecimal v = number(c.value());
                yield a != null && v != null && ("gte".equals(op) ? a.compareTo(v) >= 0 : a.compareTo(v) <= 0);
            }
            default -> false;
        };
    }

    /** A customer field's value by the names {@link BranchCondition#FIELDS} lists, or {@code customFields.<key>}. */
    static Object fieldOf(Company c, String field) {
        if (field.startsWith("customFields.")) {
            Map<String, Object> custom = c.customFields();
            return custom == null ? null : custom.get(field.substring("customFields.".length()));
        }
        return switch (field) {
            case "prefecture" -> c.prefecture();
            case "city" -> c.city();
            case "industry" -> c.industry();
            case "employeeCount" -> c.employeeCount();
            case "annualRevenue" -> c.annualRevenue();
            case "leadSource" -> c.leadSource();
            case "status" -> c.status() == null ? null : c.status().name();
            case "tags" -> c.tags();
            case "email" -> c.email();
            case "phone" -> c.phone();
            default -> null;
        };
    }

    private static boolean same(Object actual, String value) {
        BigDecimal a = number(actual);
        BigDecimal v = number(value);
        if (a != null && v != null) {
            return a.compareTo(v) == 0;
        }
        return text(actual).equalsIgnoreCase(text(value));
    }

    private static String text(Object o) {
        String s = o == null ? "" : String.valueOf(o);
        String n = JapaneseText.normalize(s);
        return n == null ? "" : n.strip();
    }

    static BigDecimal number(Object o) {
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (o == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(o).strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
