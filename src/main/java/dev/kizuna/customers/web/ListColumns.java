package dev.kizuna.customers.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kizuna.customers.ListField;

/**
 * The columns a customers list shows besides the name: chosen with {@code cols=a,b,c} and kept in saved views.
 * Built-in columns are fixed names; custom fields are {@code customFields.<key>}.
 */
final class ListColumns {

    static final List<String> BUILT_IN = List.of("area", "phone", "email", "status", "ownerId", "kind", "industry",
            "employeeCount", "annualRevenue", "leadSource", "tags", "representative", "createdAt", "updatedAt");
    static final List<String> DEFAULT = dev.kizuna.customers.ListView.DEFAULT_COLUMNS;

    /** Built-in columns whose header sorts the list, and the sort each uses. */
    static String sortOf(String column) {
        return switch (column) {
            case "area" -> "prefecture";
            case "createdAt" -> "created";
            case "updatedAt" -> "updated";
            case "employeeCount", "annualRevenue" -> column;
            default -> column.startsWith("customFields.") ? column : null;
        };
    }

    private ListColumns() {
    }

    /** All columns that can be chosen: built-in, then the active custom fields. */
    static List<String> available(List<ListField> fields) {
        List<String> all = new ArrayList<>(BUILT_IN);
        fields.stream().filter(ListField::isCustom).forEach(f -> all.add(f.name()));
        return all;
    }

    /** A chosen column as the table shows it: header label, the sort its header applies (or null), the field. */
    record Column(String name, String labelKey, String label, String sort, dev.kizuna.customers.CustomField custom) {

        public boolean isCustom() {
            return custom != null;
        }
    }

    static List<Column> columns(List<String> names, List<ListField> fields, java.util.Locale locale) {
        List<Column> out = new ArrayList<>();
        for (String name : names) {
            ListField field = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            if (field != null && field.isCustom()) {
                out.add(new Column(name, null, field.customLabel(locale), field.sortable() ? name : null, field.custom()));
            } else {
                out.add(new Column(name, "area".equals(name) ? "customers.area" : "field." + name, null, sortOf(name), null));
            }
        }
        return out;
    }

    static List<String> parse(List<String> cols, List<ListField> fields) {
        if (cols == null || cols.isEmpty()) {
            return DEFAULT;
        }
        List<String> available = available(fields);
        List<String> chosen = cols.stream().flatMap(c -> Arrays.stream(c.split(","))).map(String::strip)
                .filter(available::contains).distinct().toList();
        return chosen.isEmpty() ? DEFAULT : chosen;
    }
}
