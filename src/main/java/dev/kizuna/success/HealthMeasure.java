package dev.kizuna.success;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
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
