package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.List;

/**
 * How the customers list is narrowed and ordered. {@code text} matches name, furigana, phone (with or without
 * hyphens), e-mail and corporate number, in any width or kana; {@code conditions} are ANDed (see
 * {@link FieldCondition}; built-in fields and {@code customFields.<key>}). {@code sort}: {@code kana} (default,
 * あいうえお order), {@code created}, {@code updated}, {@code prefecture}, {@code employeeCount},
 * {@code annualRevenue} or a custom field's name; ties are in furigana order.
 */
public record CompanyFilter(String text, List<FieldCondition> conditions, String sort, boolean desc) {

    public CompanyFilter {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static CompanyFilter all() {
        return new CompanyFilter(null, List.of(), "kana", false);
    }

    public static CompanyFilter where(FieldCondition... conditions) {
        return new CompanyFilter(null, List.of(conditions), "kana", false);
    }

    public static CompanyFilter search(String text) {
        return new CompanyFilter(text, List.of(), "kana", false);
    }

    public CompanyFilter and(FieldCondition condition) {
        List<FieldCondition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new CompanyFilter(text, more, sort, desc);
    }

    public CompanyFilter sortedBy(String newSort, boolean newDesc) {
        return new CompanyFilter(text, conditions, newSort, newDesc);
    }

    /** The value of the first {@code eq} condition on a field, for the quick filters of the page. */
    public String valueOf(String field) {
        return conditions.stream().filter(c -> c.field().equals(field) && "eq".equals(c.op())).map(FieldCondition::value)
                .findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern FILTER =
            java.util.regex.Pattern.compile("filter\\[([^\\]]+)\\](?:\\[(\\w+)\\])?");

    /**
     * The filter a list URL describes, for the API and the pages alike: {@code q}, {@code filter[field]=value},
     * {@code filter[field][op]=value}, condition rows from the page's condition builder ({@code cf}, {@code co},
     * {@code cv} repeated), {@code sort} and {@code desc}.
     */
    public static CompanyFilter fromParameters(java.util.Map<String, String[]> params) {
        List<FieldCondition> conditions = new ArrayList<>();
        params.forEach((name, values) -> {
            java.util.regex.Matcher m = FILTER.matcher(name);
            if (m.matches()) {
                for (String v : values) {
                    conditions.add(new FieldCondition(m.group(1), m.group(2), v));
                }
            }
        });
        String[] fields = params.getOrDefault("cf", new String[0]);
        String[] ops = params.getOrDefault("co", new String[0]);
        String[] values = params.getOrDefault("cv", new String[0]);
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                conditions.add(new FieldCondition(fields[i], i < ops.length ? ops[i] : "eq",
                        i < values.length ? values[i] : ""));
            }
        }
        return new CompanyFilter(first(params, "q"), conditions, first(params, "sort"),
                "true".equals(first(params, "desc")));
    }

    private static String first(java.util.Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** Conditions entered in the condition builder rows (everything but the quick filters above the list). */
    public List<FieldCondition> rows() {
        return conditions.stream().filter(c -> !QUICK.contains(c.field()) || !"eq".equals(c.op())).toList();
    }

    /** Fields that have their own control above the list. */
    public static final List<String> QUICK = List.of("kind", "status", "ownerId", "incomplete");

    public String sortOrDefault() {
        return sort == null || sort.isBlank() ? "kana" : sort;
    }
}
