package dev.kizuna.success;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.ActivityOptions;
import dev.kizuna.activities.ActivityStats;
import dev.kizuna.platform.api.Check;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Measures over the activities module's figures: days since the last activity ({@code daysSinceLastActivity}) and
 * how many activities of a type happened in the last N days ({@code activityCount}, params {@code type} — the
 * type's name, e.g. クレーム or トラブル — and {@code days}, default 90). Both also read every customer at once, in one
 * aggregate over activities, when the whole book is scored.
 */
@Configuration(proxyBeanMethods = false)
class ActivityMeasures {

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(SuccessClock.ZONE).toInstant();
    }

    /** Whole days from the Tokyo day of each last activity to {@code asOf}. */
    private static Map<UUID, MeasureValue> daysSince(Map<UUID, Instant> last, LocalDate asOf) {
        Map<UUID, MeasureValue> values = new HashMap<>();
        last.forEach((id, at) -> values.put(id, MeasureValue.of(
                ChronoUnit.DAYS.between(at.atZone(SuccessClock.ZONE).toLocalDate(), asOf))));
        return values;
    }

    @Bean
    HealthMeasure daysSinceLastActivity(ActivityStats stats) {
        return new HealthMeasure() {
            public String key() {
                return "daysSinceLastActivity";
            }

            public void check(Map<String, String> params, Check check, String field) {
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                return daysSince(stats.lastActivityBefore(ids, endOf(asOf)), asOf);
            }

            public Optional<EveryCustomer> valuesOfEveryCustomer(LocalDate asOf, Map<String, String> params) {
                return Optional.of(new EveryCustomer(daysSince(stats.lastActivityOfEveryCustomerBefore(endOf(asOf)),
                        asOf), null));
            }
        };
    }

    @Bean
    HealthMeasure activityCount(ActivityStats stats, ActivityOptions options) {
        return new HealthMeasure() {
            public String key() {
                return "activityCount";
            }

            private Optional<ActivityOption> type(Map<String, String> params) {
                String name = params.get("type");
                return name == null ? Optional.empty() : options.of(ActivityOption.TYPE, true).stream()
                        .filter(o -> o.name().equals(name.strip()) || o.nameEn().equalsIgnoreCase(name.strip()))
                        .findFirst();
            }

            public void check(Map<String, String> params, Check check, String field) {
                check.required(field + ".type", params.get("type"))
                        .failIf(params.get("type") != null && type(params).isEmpty(), field + ".type",
                                "HealthUnknownActivityType", params.get("type"));
                HealthMeasure.checkInt(params, "days", 1, 730, check, field);
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                Map<UUID, MeasureValue> values = new HashMap<>();
                UUID typeId = type(params).map(ActivityOption::id).orElse(null);
                if (typeId == null) {
                    return values;
                }
                int days = HealthMeasure.intParam(params, "days", 90);
                Map<UUID, Long> counts = stats.countOfType(ids, typeId, endOf(asOf.minusDays(days)), endOf(asOf));
                ids.forEach(id -> values.put(id, MeasureValue.of(counts.getOrDefault(id, 0L))));
                return values;
            }

            public Optional<EveryCustomer> valuesOfEveryCustomer(LocalDate asOf, Map<String, String> params) {
                UUID typeId = type(params).map(ActivityOption::id).orElse(null);
                if (typeId == null) {
                    return Optional.of(new EveryCustomer(Map.of(), null)); // an unknown type: no data for anyone
                }
                int days = HealthMeasure.intParam(params, "days", 90);
                Map<UUID, MeasureValue> values = new HashMap<>();
                stats.countOfTypeForEveryCustomer(typeId, endOf(asOf.minusDays(days)), endOf(asOf))
                        .forEach((id, n) -> values.put(id, MeasureValue.of(n)));
                return Optional.of(new EveryCustomer(values, MeasureValue.of(0)));
            }
        };
    }
}
