package dev.kizuna.customers;

import java.util.List;

import dev.kizuna.platform.text.JapaneseText;

/**
 * The WHERE part of a customer or contact search. Folded the way search_text is folded, then: one or two
 * characters (田中, 精機) go through the name bigram index ({@code name_grams}); three or more through the
 * trigram index on search_text, which also covers phone numbers, e-mail and corporate numbers.
 */
final class SearchCondition {

    private SearchCondition() {
    }

    /** Appends the search condition; false when there is nothing to search for. */
    static boolean append(StringBuilder sql, List<Object> args, String alias, String text) {
        String key = JapaneseText.searchKey(text);
        if (key.isEmpty()) {
            return false;
        }
        int length = key.codePointCount(0, key.length());
        if (length == 2) {
            sql.append(" and ").append(alias).append(".name_grams @> array[?]::text[]");
            args.add(key);
            return true;
        }
        sql.append(" and ").append(alias).append(".search_text like ? escape '\\'");
        args.add("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return true;
    }
}
