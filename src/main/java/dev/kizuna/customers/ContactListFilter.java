package dev.kizuna.customers;

import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * What the contacts list filters and sorts by: {@code q} (name, furigana, phone, e-mail; folded like the customer
 * search), {@code reach} ({@code email}: has an e-mail address, {@code phone}: has a phone or mobile number,
 * {@code none}: neither), {@code sort} ({@code kana}, the default, or {@code updated}, newest first).
 */
public record ContactListFilter(String q, String reach, String sort) {

    public static final List<String> REACH = List.of("email", "phone", "none");
    public static final List<String> SORTS = List.of("kana", "updated");

    public static ContactListFilter fromParameters(Map<String, String[]> parameters) {
        String reach = value(parameters, "reach");
        String sort = value(parameters, "sort");
        if (reach != null && !REACH.contains(reach)) {
            throw new RuleViolationException(FieldProblem.of("reach", "OneOf", String.join(", ", REACH)));
        }
        if (sort != null && !SORTS.contains(sort)) {
            throw new RuleViolationException(FieldProblem.of("sort", "OneOf", String.join(", ", SORTS)));
        }
        return new ContactListFilter(value(parameters, "q"), reach, sort);
    }

    public String sortOrDefault() {
        return sort == null ? "kana" : sort;
    }

    private static String value(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }
}
