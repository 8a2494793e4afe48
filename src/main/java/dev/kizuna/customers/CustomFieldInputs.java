package dev.kizuna.customers;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Custom field inputs of a form ({@code custom.<key>}, written by the shared {@code fragments/custom-fields}
 * template), read as typed: one string, a list for multiple choice, "true"/"false" for a checkbox (an unticked box
 * sends nothing). Shown back unchanged when a rule is broken. For every form with custom fields: customers,
 * contacts, deals.
 */
public final class CustomFieldInputs {

    private CustomFieldInputs() {
    }

    /** The inputs as sent; {@code parameterValues} is e.g. {@code request::getParameterValues}. */
    public static Map<String, Object> read(Function<String, String[]> parameterValues, List<CustomField> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField f : fields) {
            String[] sent = parameterValues.apply("custom." + f.key());
            values.put(f.key(), switch (f.type()) {
                case MULTIPLE_CHOICE -> sent == null ? List.of() : Arrays.asList(sent);
                case CHECKBOX -> String.valueOf(sent != null && Arrays.asList(sent).contains("true"));
                default -> sent == null || sent.length == 0 ? "" : sent[0];
            });
        }
        return values;
    }

    /** Stored values as the form shows them. */
    public static Map<String, Object> of(Map<String, Object> stored, List<CustomField> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField f : fields) {
            Object v = stored.get(f.key());
            values.put(f.key(), f.type() == FieldType.MULTIPLE_CHOICE ? (v instanceof List<?> l ? l : List.of())
                    : v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return values;
    }
}
