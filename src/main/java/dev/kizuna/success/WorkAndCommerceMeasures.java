package dev.kizuna.success;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.api.Check;
import dev.kizuna.work.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Measures over other modules' facades: orders not paid by their due date in the last N days ({@code latePayments},
 * param {@code days}, default 365) and open tasks past their due date ({@code overdueTasks}). A customer without any
 * counts 0.
 */
@Configuration(proxyBeanMethods = false)
class WorkAndCommerceMeasures {

    private static Map<UUID, MeasureValue> zeroFilled(Collection<UUID> ids, Map<UUID, Long> counts) {
        Map<UUID, MeasureValue> values = new HashMap<>();
        ids.forEach(id -> values.put(id, MeasureValue.of(counts.getOrDefault(id, 0L))));
        return values;
    }

    @Bean
    HealthMeasure latePayments(Orders orders) {
        return new HealthMeasure() {
            public String key() {
                return "latePayments";
            }

            public void check(Map<String, String> params, Check check, String field) {
                HealthMeasure.checkInt(params, "days", 1, 1825, check, field);
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                return zeroFilled(ids, orders.latePayments(ids, asOf,
                        HealthMeasure.intParam(params, "days", 365)));
            }
        };
    }

    @Bean
    HealthMeasure overdueTasks(Tasks tasks) {
        return new HealthMeasure() {
            public String key() {
                return "overdueTasks";
            }

            public void check(Map<String, String> params, Check check, String field) {
            }

            public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
                return zeroFilled(ids, tasks.overdueOpen(ids, asOf));
            }
        };
    }
}
