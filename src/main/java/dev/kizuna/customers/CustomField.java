package dev.kizuna.customers;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A field an administrator added to companies or contacts (e.g. ランク, 契約更新日). Values live in the record's
 * {@code custom_fields} jsonb under {@link #key()}; a retired field keeps its values but leaves forms and lists.
 */
public record CustomField(UUID id, String objectType, String key, String label, String labelEn, FieldType type,
        List<String> options, int position, boolean retired, long version) {

    public static final String PREFIX = "customFields.";

    /** How lists, filters, sorts, columns and errors name the field: {@code customFields.<key>}. */
    public String name() {
        return PREFIX + key;
    }

    /** The English label when the user reads English and one was given, else the office's own label. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && !labelEn.isBlank() ? labelEn : label;
    }

    /** The value as one SQL expression that is never NULL (a missing value is JSON null); indexes use the same. */
    String expression(String alias) {
        return "coalesce(" + alias + ".custom_fields -> '" + key + "', 'null'::jsonb)";
    }
}
