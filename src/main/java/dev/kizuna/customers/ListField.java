package dev.kizuna.customers;

import java.util.List;
import java.util.Locale;

/**
 * A field a list can filter, sort or show as a column: built-in (labelled by {@code field.<name>}, choices by
 * {@code optionKeyPrefix + option}) or custom (labelled by its administrator).
 */
public record ListField(String name, FieldType type, CustomField custom, List<String> options, String optionKeyPrefix,
        boolean sortable) {

    public boolean isCustom() {
        return custom != null;
    }

    /** The message key of a built-in field's label, or null for a custom field. */
    public String labelKey() {
        return custom == null ? "field." + name : null;
    }

    public String customLabel(Locale locale) {
        return custom == null ? null : custom.label(locale);
    }

    /** The operators that make sense for this field's type. */
    public List<String> ops() {
        if (type.ranged()) {
            return List.of("eq", "gte", "lte");
        }
        if (type.textual() && !"tag".equals(name) && !"prefecture".equals(name)) {
            return List.of("contains", "eq");
        }
        return List.of("eq");
    }
}
