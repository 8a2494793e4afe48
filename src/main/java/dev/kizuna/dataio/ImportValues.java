package dev.kizuna.dataio;

import java.util.List;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.FieldType;
import dev.kizuna.platform.text.JapaneseText;

/**
 * A file's values as they are read, before any column is mapped: the single quote a spreadsheet-safe CSV put before
 * = + - @ (see {@code CsvWriter.safe}) comes off again, so a file Kizuna wrote imports back unchanged; and, when the
 * import asks for it (the default), half-width katakana in customer and contact columns becomes full-width. Nothing
 * else is folded: ㈱ and ① arrive as the file has them. Long text (memos, notes) is kept exactly as written.
 */
final class ImportValues {

    private final boolean[] widen;

    ImportValues(DataImport job, List<CustomField> customFields) {
        List<String> mapping = job.mapping();
        widen = new boolean[mapping.size()];
        boolean customers = Imports.OBJECT_COMPANY.equals(job.objectType())
                || Imports.OBJECT_CONTACT.equals(job.objectType());
        for (int i = 0; i < widen.length; i++) {
            String target = mapping.get(i);
            boolean longText = "notes".equals(target) || customFields.stream()
                    .anyMatch(f -> f.name().equals(target) && f.type() == FieldType.LONG_TEXT);
            widen[i] = customers && job.widenKana() && !target.isEmpty() && !longText;
        }
    }

    /** The row's values, prepared in place. */
    String[] prepare(String[] values) {
        for (int i = 0; i < values.length; i++) {
            String v = unquoted(values[i]);
            values[i] = i < widen.length && widen[i] ? JapaneseText.widenKana(v) : v;
        }
        return values;
    }

    /** '=SUM(A1) → =SUM(A1): the guard a spreadsheet-safe CSV puts before a formula character. */
    static String unquoted(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != '\'') {
            return value;
        }
        char next = value.charAt(1);
        return next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r'
                ? value.substring(1) : value;
    }
}
