package dev.kizuna.voice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.Check;

/**
 * Which items a list shows: by status ({@code open} = not closed nor merged), kind, source, product area, the customer
 * who first said it, or a customer who voted; sorted by {@code votes} (default), {@code revenue} (at stake),
 * {@code health} (asking customers in 危険 or 注意, then votes) or {@code created}, largest and newest first.
 */
public record FeedbackFilter(String status, String kind, String source, String productArea, UUID companyId,
        UUID votedBy, String sort) {

    public static final List<String> SORTS = List.of("votes", "revenue", "health", "created");
    public static final List<String> FIELDS = List.of("status", "kind", "source", "productArea", "companyId",
            "votedBy");

    public static FeedbackFilter none() {
        return new FeedbackFilter(null, null, null, null, null, null, null);
    }

    public String sortOrDefault() {
        return sort == null ? "votes" : sort;
    }

    /** From {@code filter[x]} (or {@code x}) and {@code sort} of a request, each refused naming its field. */
    public static FeedbackFilter fromParameters(Map<String, String[]> p) {
        FeedbackFilter f = new FeedbackFilter(value(p, "status"), value(p, "kind"), value(p, "source"),
                value(p, "productArea"), ApiValues.optionalId("filter[companyId]", value(p, "companyId")),
                ApiValues.optionalId("filter[votedBy]", value(p, "votedBy")), one(p, "sort"));
        f.verify();
        return f;
    }

    void verify() {
        List<String> statuses = new java.util.ArrayList<>(Feedback.STATUSES);
        statuses.add("merged");
        statuses.add("open");
        Check.of().oneOf("filter[status]", status, statuses).oneOf("filter[kind]", kind, Feedback.KINDS)
                .oneOf("filter[source]", source, Feedback.SOURCES).maxLength("filter[productArea]", productArea, 100)
                .oneOf("sort", sort, SORTS).verify();
    }

    /** The value of {@code filter[field]} (or plain {@code field}), stripped; null when absent or blank. */
    static String value(Map<String, String[]> p, String field) {
        String v = one(p, "filter[" + field + "]");
        return v != null ? v : one(p, field);
    }

    static String one(Map<String, String[]> p, String name) {
        String[] v = p.get(name);
        return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
    }
}
