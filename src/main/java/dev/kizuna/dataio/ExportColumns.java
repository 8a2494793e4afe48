package dev.kizuna.dataio;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.kizuna.customers.Company;
import dev.kizuna.customers.ContactRow;
import dev.kizuna.customers.CustomField;

/**
 * The columns an export can have and how each is written: the name always first (and furigana), then the list's
 * chosen columns or every column. Text as a person reads it (phones as written, dates YYYY-MM-DD, times in Tokyo
 * time), so the file can be edited and imported again with the same headers.
 */
final class ExportColumns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    static final Map<String, Function<Company, Object>> COMPANY = new LinkedHashMap<>();
    static final Map<String, Function<ContactRow, Object>> CONTACT = new LinkedHashMap<>();

    static {
        COMPANY.put("name", Company::name);
        COMPANY.put("nameKana", Company::nameKana);
        COMPANY.put("kind", Company::kind); // written as the words the user sees (法人, 取引中), see values()
        COMPANY.put("status", Company::status);
        COMPANY.put("corporateNumber", Company::corporateNumber);
        COMPANY.put("postalCode", Company::postalCodeDisplay);
        COMPANY.put("prefecture", Company::prefecture);
        COMPANY.put("city", Company::city);
        COMPANY.put("street", Company::street);
        COMPANY.put("building", Company::building);
        COMPANY.put("phone", Company::phoneDisplay);
        COMPANY.put("email", Company::email);
        COMPANY.put("website", Company::website);
        COMPANY.put("representative", Company::representative);
        COMPANY.put("industry", Company::industry);
        COMPANY.put("employeeCount", Company::employeeCount);
        COMPANY.put("annualRevenue", Company::annualRevenue);
        COMPANY.put("leadSource", Company::leadSource);
        COMPANY.put("ownerId", Company::ownerName);
        COMPANY.put("tags", c -> String.join(",", c.tags()));
        COMPANY.put("birthday", Company::birthday);
        COMPANY.put("emailOptIn", c -> c.emailOptIn() ? "1" : "0");
        COMPANY.put("phoneOptIn", c -> c.phoneOptIn() ? "1" : "0");
        COMPANY.put("lineOptIn", c -> c.lineOptIn() ? "1" : "0");
        COMPANY.put("createdAt", Company::createdAt);
        COMPANY.put("updatedAt", Company::updatedAt);

        CONTACT.put("companyName", ContactRow::companyName);
        CONTACT.put("name", ContactRow::name);
        CONTACT.put("nameKana", ContactRow::nameKana);
        CONTACT.put("department", ContactRow::department);
        CONTACT.put("title", ContactRow::title);
        CONTACT.put("phone", ContactRow::phoneDisplay);
        CONTACT.put("mobile", ContactRow::mobileDisplay);
        CONTACT.put("email", ContactRow::email);
        CONTACT.put("primary", c -> c.primary() ? "1" : "0");
        CONTACT.put("notes", ContactRow::notes);
        CONTACT.put("createdAt", ContactRow::createdAt);
    }

    private ExportColumns() {
    }

    /**
     * The columns of a customers export: name and furigana, then the chosen ones ({@code area} is prefecture and
     * city), or every built-in and custom column when none were chosen.
     */
    static List<String> companyColumns(List<String> chosen, List<CustomField> customFields) {
        List<String> columns = new ArrayList<>(List.of("name", "nameKana"));
        if (chosen == null || chosen.isEmpty()) {
            COMPANY.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            customFields.forEach(f -> columns.add(f.name()));
            return columns;
        }
        for (String c : chosen) {
            if ("area".equals(c)) {
                add(columns, List.of("postalCode", "prefecture", "city", "street", "building"));
            } else if (COMPANY.containsKey(c) || customFields.stream().anyMatch(f -> f.name().equals(c))) {
                add(columns, List.of(c));
            }
        }
        return columns;
    }

    /** The columns of a contacts export: the chosen ones (built-in or custom) in their order, or every column. */
    static List<String> contactColumns(List<String> chosen, List<CustomField> customFields) {
        List<String> columns = new ArrayList<>();
        if (chosen == null || chosen.isEmpty()) {
            columns.addAll(CONTACT.keySet());
            customFields.forEach(f -> columns.add(f.name()));
            return columns;
        }
        for (String c : chosen) {
            if (CONTACT.containsKey(c) || customFields.stream().anyMatch(f -> f.name().equals(c))) {
                add(columns, List.of(c));
            }
        }
        return columns.isEmpty() ? contactColumns(List.of(), customFields) : columns;
    }

    private static void add(List<String> columns, List<String> more) {
        more.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
    }

    static String text(Object value, Function<Enum<?>, String> words) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return words.apply(e);
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof Collection<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString();
    }

    /** How to read each column of a record, looked up once per export rather than once per value. */
    static <T> List<Function<T, Object>> getters(List<String> columns, Map<String, Function<T, Object>> builtIn,
            Function<T, Map<String, Object>> custom) {
        List<Function<T, Object>> getters = new ArrayList<>(columns.size());
        for (String column : columns) {
            Function<T, Object> getter = builtIn.get(column);
            String key = column.startsWith(CustomField.PREFIX) ? column.substring(CustomField.PREFIX.length()) : column;
            getters.add(getter != null ? getter : record -> custom.apply(record).get(key));
        }
        return getters;
    }

    /** Fills {@code out} with the row's values; {@code words} names a kind or status as the user reads it. */
    static <T> void values(T record, List<Function<T, Object>> getters, Function<Enum<?>, String> words, String[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = text(getters.get(i).apply(record), words);
        }
    }
}
