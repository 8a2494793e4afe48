package dev.kizuna.success;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Check;

/**
 * A measure a health model's component can use. Implement it as a bean (in this module, or in a module built on
 * it — a survey module adds its survey scores this way); {@link #key()} is what models name. A measure must answer
 * "as of" any past day from what was known on that day, so the back-test can replay history.
 */
public interface HealthMeasure {

    /** The name models use, e.g. {@code daysSinceLastActivity}. */
    String key();

    /** Checks the component's parameters, adding problems on {@code field} (e.g. {@code components[quiet].params}). */
    void check(Map<String, String> params, Check check, String field);

    /** The value of each customer in {@code companyIds} at the end of {@code asOf}; absent = no data. */
    Map<UUID, MeasureValue> values(Collection<UUID> companyIds, LocalDate asOf, Map<String, String> params);

    /**
     * Every customer's value at the end of {@code asOf} in one statement over the measure's data, for scoring the
     * whole book at once (a measure over a large table, such as activities, reads it once instead of once per batch
     * of customers). It must agree with {@link #values} for every customer. Empty (the default) when the measure
     * answers only for named customers.
     */
    default Optional<EveryCustomer> valuesOfEveryCustomer(LocalDate asOf, Map<String, String> params) {
        return Optional.empty();
    }

    /** Values of every customer: those in {@code values}, and {@code otherwise} for the rest. */
    record EveryCustomer(Map<UUID, MeasureValue> values, MeasureValue otherwise) {

        MeasureValue of(UUID companyId) {
            return values.getOrDefault(companyId, otherwise);
        }
    }

    /** A whole-number parameter, or {@code fallback} when it is not given. */
    static int intParam(Map<String, String> params, String name, int fallback) {
        String v = params.get(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }

    /** Adds a Range problem unless the parameter is absent or a whole number in {@code [min, max]}. */
    static void checkInt(Map<String, String> params, String name, int min, int max, Check check, String field) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return;
        }
        try {
            int n = Integer.parseInt(v.strip());
            check.failIf(n < min || n > max, field + "." + name, "Range", min, max);
        } catch (NumberFormatException e) {
            check.failIf(true, field + "." + name, "Range", min, max);
        }
    }
}
