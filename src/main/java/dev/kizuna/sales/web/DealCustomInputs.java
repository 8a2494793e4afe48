package dev.kizuna.sales.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.FieldType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The deal form's custom field inputs ({@code custom.<key>}), read the way the customer form reads them (the shared
 * {@code fragments/custom-fields} template writes them): one string, a list for multiple choice, "true"/"false".
 */
final class DealCustomInputs {

    private DealCustomInputs() {
    }

    static Map<String, Object> read(HttpServletRequest request, List<CustomField> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField f : fields) {
            String[] sent = request.getParameterValues("custom." + f.key());
            values.put(f.key(), switch (f.type()) {
                case MULTIPLE_CHOICE -> sent == null ? List.of() : Arrays.asList(sent);
                case CHECKBOX -> String.valueOf(sent != null && Arrays.asList(sent).contains("true"));
                default -> sent == null || sent.length == 0 ? "" : sent[0];
            });
        }
        return values;
    }

    static Map<String, Object> of(Map<String, Object> stored, List<CustomField> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField f : fields) {
            Object v = stored.get(f.key());
            values.put(f.key(), f.type() == FieldType.MULTIPLE_CHOICE ? (v instanceof List<?> l ? l : List.of())
                    : v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return values;
    }
}
