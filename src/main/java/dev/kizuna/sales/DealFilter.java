package dev.kizuna.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.FieldCondition;

/**
 * How the deals list is narrowed and ordered, in the customers list's URL syntax ({@code q},
 * {@code filter[field][op]=value}, {@code sort}, {@code desc}). Fields: {@code pipelineId}, {@code stageId},
 * {@code status} (open, won, lost), {@code active}, {@code stalled}, {@code ownerId}, {@code companyId},
 * {@code leadSource}, {@code amount} and {@code expectedCloseOn} (eq, gte, lte) and custom fields
 * {@code customFields.<key>}. Sorts: {@code updated} (default, newest first), {@code created}, {@code amount},
 * {@code expectedClose} or a custom field.
 */
public record DealFilter(String text, List<FieldCondition> conditions, String sort, boolean desc) {

    public static final List<String> SORTS = List.of("updated", "created", "amount", "expectedClose");

    public DealFilter {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static DealFilter all() {
        return new DealFilter(null, List.of(), "updated", true);
    }

    public static DealFilter where(FieldCondition... conditions) {
        return new DealFilter(null, List.of(conditions), "updated", true);
    }

    public DealFilter and(FieldCondition condition) {
        List<FieldCondition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new DealFilter(text, more, sort, desc);
    }

    /** The filter a list URL describes; without {@code sort}, newest changes first. */
    public static DealFilter fromParameters(Map<String, String[]> params) {
        CompanyFilter parsed = CompanyFilter.fromParameters(params);
        boolean noSort = parsed.sort() == null || parsed.sort().isBlank();
        return new DealFilter(parsed.text(), parsed.conditions(), noSort ? "updated" : parsed.sort(),
                noSort || parsed.desc());
    }

    public String valueOf(String field) {
        return conditions.stream().filter(c -> c.field().equals(field) && "eq".equals(c.op()))
                .map(FieldCondition::value).findFirst().orElse(null);
    }

    public String sortOrDefault() {
        return sort == null || sort.isBlank() ? "updated" : sort;
    }
}
