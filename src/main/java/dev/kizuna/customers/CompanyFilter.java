package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

/**
 * How the customers list is narrowed (all conditions AND) and ordered. {@code text} matches name, furigana,
 * phone (with or without hyphens), e-mail and corporate number, in any width or kana. {@code sort}: {@code kana}
 * (default, あいうえお order) or {@code created}. {@code incomplete} keeps only customers lacking a required field.
 */
public record CompanyFilter(String text, CompanyKind kind, CompanyStatus status, UUID ownerId, String tag,
        boolean incomplete, String sort, boolean desc) {

    public static final List<String> SORTS = List.of("kana", "created");

    public static CompanyFilter all() {
        return new CompanyFilter(null, null, null, null, null, false, "kana", false);
    }

    public String sortOrDefault() {
        return sort == null || !SORTS.contains(sort) ? "kana" : sort;
    }
}
