package dev.kizuna.customers;

import java.util.List;

/**
 * One AND condition of a list: a field (built-in such as {@code prefecture}, or {@code customFields.<key>}), an
 * operator and the value as typed. Operators: {@code eq} (default), {@code gte}, {@code lte} (numbers, money,
 * dates) and {@code contains} (text).
 */
public record FieldCondition(String field, String op, String value) {

    public static final List<String> OPS = List.of("eq", "gte", "lte", "contains");

    public FieldCondition {
        op = op == null || op.isBlank() ? "eq" : op;
    }

    public static FieldCondition eq(String field, String value) {
        return new FieldCondition(field, "eq", value);
    }
}
