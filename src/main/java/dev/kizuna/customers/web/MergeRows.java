package dev.kizuna.customers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.kizuna.customers.Company;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.CustomerMerge;
import dev.kizuna.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The rows of the compare page: each mergeable field's value on both sides, as a person reads it, and the side
 * chosen. Unless the person chose otherwise, the survivor's value wins, or the other one where the survivor's is
 * empty.
 */
@Component
class MergeRows {

    /** One field on both sides; {@code label} is set for custom fields, {@code labelKey} for built-in ones. */
    record Row(String field, String labelKey, String label, String keep, String merge, String chosen) {
        public boolean same() {
            return keep.equals(merge);
        }
    }

    private final MessageSource messages;
    private final Formats fmt;
    private final CustomFields customFields;
    private final CustomFieldDisplay display;

    MergeRows(MessageSource messages, Formats fmt, CustomFields customFields, CustomFieldDisplay display) {
        this.messages = messages;
        this.fmt = fmt;
        this.customFields = customFields;
        this.display = display;
    }

    List<Row> companies(Company keep, Company merge, Map<String, String> take) {
        Map<String, Function<Company, Object>> values = new LinkedHashMap<>();
        values.put("name", Company::name);
        values.put("nameKana", Company::nameKana);
        values.put("corporateNumber", Company::corporateNumber);
        values.put("address", c -> (c.postalCode() == null ? "" : "〒" + c.postalCodeDisplay() + " ") + c.address());
        values.put("phone", Company::phoneDisplay);
        values.put("email", Company::email);
        values.put("website", Company::website);
        values.put("representative", Company::representative);
        values.put("industry", Company::industry);
        values.put("employeeCount", Company::employeeCount);
        values.put("annualRevenue", c -> c.annualRevenue() == null ? null : fmt.money(c.annualRevenue(), "JPY"));
        values.put("leadSource", Company::leadSource);
        values.put("ownerId", Company::ownerName);
        values.put("status", c -> message("status." + c.status().name()));
        values.put("birthday", c -> c.birthday() == null ? null : fmt.date(c.birthday()));
        List<Row> rows = rows(CustomerMerge.COMPANY_FIELDS, values, keep, merge, take);
        rows.addAll(customRows("company", keep.customFields(), merge.customFields(), take));
        return rows;
    }

    private List<Row> customRows(String objectType, Map<String, Object> keep, Map<String, Object> merge,
            Map<String, String> take) {
        List<Row> rows = new ArrayList<>();
        for (CustomField f : customFields.active(objectType)) {
            String k = display.text(f, keep.get(f.key()));
            String m = display.text(f, merge.get(f.key()));
            rows.add(new Row(f.name(), null, f.label(LocaleContextHolder.getLocale()), k, m,
                    take.getOrDefault(f.name(), k.isEmpty() && !m.isEmpty() ? CustomerMerge.MERGE : CustomerMerge.KEEP)));
        }
        return rows;
    }

    List<Row> contacts(Contact keep, Contact merge, Map<String, String> take) {
        Map<String, Function<Contact, Object>> values = new LinkedHashMap<>();
        values.put("name", Contact::name);
        values.put("nameKana", Contact::nameKana);
        values.put("companyId", Contact::companyName);
        values.put("department", Contact::department);
        values.put("title", Contact::title);
        values.put("phone", Contact::phoneDisplay);
        values.put("mobile", Contact::mobileDisplay);
        values.put("email", Contact::email);
        values.put("notes", Contact::notes);
        values.put("primary", c -> c.primary() ? message("merge.primary") : null);
        List<Row> rows = rows(CustomerMerge.CONTACT_FIELDS, values, keep, merge, take);
        rows.addAll(customRows("contact", keep.customFields(), merge.customFields(), take));
        return rows;
    }

    private static <T> List<Row> rows(List<String> fields, Map<String, Function<T, Object>> values, T keep, T merge,
            Map<String, String> take) {
        List<Row> rows = new ArrayList<>();
        for (String field : fields) {
            String k = text(values.get(field).apply(keep));
            String m = text(values.get(field).apply(merge));
            String chosen = take.getOrDefault(field,
                    k.isEmpty() && !m.isEmpty() ? CustomerMerge.MERGE : CustomerMerge.KEEP);
            rows.add(new Row(field, "field." + field, null, k, m, chosen));
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
