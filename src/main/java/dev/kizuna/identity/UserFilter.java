package dev.kizuna.identity;

import java.util.UUID;

/**
 * How the users list is narrowed and ordered. {@code text} matches name, furigana or e-mail (partial);
 * {@code active} null means both; {@code sort} is {@code kana} (default), {@code email} or {@code created},
 * with {@code desc} for the reverse order.
 */
public record UserFilter(String text, PermissionLevel level, Boolean active, UUID roleId, String sort, boolean desc) {

    public static final java.util.List<String> SORTS = java.util.List.of("kana", "email", "created");

    public static UserFilter all() {
        return new UserFilter(null, null, null, null, "kana", false);
    }

    public String sortOrDefault() {
        return sort == null || !SORTS.contains(sort) ? "kana" : sort;
    }
}
