package dev.kizuna.marketing.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/** Reading dates and list filters of the marketing API, each refused naming its field. */
final class ApiInput {

    private ApiInput() {
    }

    static LocalDate date(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.date(field, value);
    }

    /** A month {@code YYYY-MM}; left out, {@code fallback}. */
    static java.time.YearMonth month(String field, String value, java.time.YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return java.time.YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "MarketingMonth"));
        }
    }

    /** {@code filter[field]} of a list request, or null. */
    static String filter(Map<String, String[]> parameters, String field) {
        String[] v = parameters.get("filter[" + field + "]");
        return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
    }
}
