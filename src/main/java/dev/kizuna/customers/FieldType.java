package dev.kizuna.customers;

import java.util.Locale;

/** The kinds of value a custom field holds, and whether lists can filter by it through an index and sort by it. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, MONEY, DATE, SINGLE_CHOICE, MULTIPLE_CHOICE, CHECKBOX, URL, USER;

    /** Stored as one scalar that an expression index on (value, furigana, id) can serve. */
    public boolean sortable() {
        return this != LONG_TEXT && this != MULTIPLE_CHOICE;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Compared by size: greater-or-equal and less-or-equal conditions apply. */
    public boolean ranged() {
        return this == NUMBER || this == MONEY || this == DATE;
    }

    /** Matched by a part of the text. */
    public boolean textual() {
        return this == TEXT || this == LONG_TEXT || this == URL;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldType ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
