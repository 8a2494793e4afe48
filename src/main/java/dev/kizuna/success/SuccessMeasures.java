package dev.kizuna.success;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.FieldType;
import dev.kizuna.platform.api.Check;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The success module's own measures: checklist completion (percent of items due that were ticked), the lifecycle
 * phase (a choice: {@code before}, {@code preparation}, {@code onboarding}, {@code adoption} or an administrator's
 * phase name), KPI attainment (mean percent), contract age and days to renewal (days), a usage figure pushed through
 * the API ({@code usageMetric}, param {@code metric}) and a customer custom field ({@code customField}, param
 * {@code field}: a number, single-choice or checkbox field; a checkbox is 1 or 0).
 */
@Configuration(proxyBeanMethods = false)
class SuccessMeasures {

    /** A measure without parameters. */
    private static HealthMeasure plain(String key, BiFunction<Collection<UUID>, LocalDate, Map<UUID, MeasureValue>> f) {
        return new HealthMeasure() {
            public String key() {
                return key;
            }

            public void check(Map<String, String> params, Check check, String field) {
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                return f.apply(ids, asOf);
            }
        };
    }

    @Bean
    HealthMeasure checklistCompletion(HealthMeasureRepository rows) {
        return plain("checklistCompletion", rows::checklistCompletion);
    }

    @Bean
    HealthMeasure lifecyclePhase(HealthMeasureRepository rows) {
        return plain("lifecyclePhase", rows::phase);
    }

    @Bean
    HealthMeasure kpiAttainment(HealthMeasureRepository rows) {
        return plain("kpiAttainment", rows::kpiAttainment);
    }

    @Bean
    HealthMeasure contractAgeDays(HealthMeasureRepository rows) {
        return plain("contractAgeDays", rows::contractAgeDays);
    }

    @Bean
    HealthMeasure daysToRenewal(HealthMeasureRepository rows) {
        return plain("daysToRenewal", rows::daysToRenewal);
    }

    @Bean
    HealthMeasure usageMetric(HealthMeasureRepository rows) {
        return new HealthMeasure() {
            public String key() {
                return "usageMetric";
            }

            public void check(Map<String, String> params, Check check, String field) {
                String metric = params.get("metric");
                check.required(field + ".metric", metric)
                        .failIf(metric != null && !UsageMetrics.NAME.matcher(metric).matches(), field + ".metric",
                                "HealthMetricName");
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                return rows.usage(ids, params.get("metric"), asOf);
            }
        };
    }

    @Bean
    HealthMeasure customField(HealthMeasureRepository rows, CustomFields fields) {
        return new HealthMeasure() {
            public String key() {
                return "customField";
            }

            public void check(Map<String, String> params, Check check, String field) {
                String key = params.get("field");
                CustomField found = key == null ? null : fields.of("company", true).stream()
                        .filter(f -> f.key().equals(key.strip())).findFirst().orElse(null);
                check.required(field + ".field", key)
                        .failIf(key != null && found == null, field + ".field", "HealthUnknownField", key)
                        .failIf(found != null && found.type() != FieldType.NUMBER && found.type() != FieldType.MONEY
                                && found.type() != FieldType.SINGLE_CHOICE && found.type() != FieldType.CHECKBOX,
                                field + ".field", "HealthFieldType", key);
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                return rows.customField(ids, params.get("field").strip());
            }
        };
    }
}
