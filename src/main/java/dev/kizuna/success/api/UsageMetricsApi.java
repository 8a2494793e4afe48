package dev.kizuna.success.api;

import java.math.BigDecimal;

import dev.kizuna.success.UsageMetric;
import dev.kizuna.success.UsageMetrics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/usage-metrics}: usage figures pushed by other systems for the health score. */
@RestController
@Tag(name = "Customer success")
class UsageMetricsApi {

    private final UsageMetrics metrics;

    UsageMetricsApi(UsageMetrics metrics) {
        this.metrics = metrics;
    }

    record MetricJson(String metric, String customer, String date, BigDecimal value) {
        static MetricJson of(UsageMetric m) {
            return new MetricJson(m.metric(), m.companyId().toString(), m.date().toString(), m.value());
        }
    }

    @PostMapping("/api/v1/usage-metrics")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Push a usage figure of a customer (members)", description = """
            metric (letters, digits, . _ -; e.g. portal.activeUserRate), customer (the customer's id), date
            (YYYY-MM-DD), value (a number). One value per metric, customer and day: pushing the same day again
            replaces it. A health model's usageMetric component reads the latest value on or before the day scored.""")
    MetricJson record(@RequestBody MetricJson body) {
        return MetricJson.of(metrics.record(body.metric(), SuccessApi.id("customer", body.customer()),
                SuccessApi.date("date", body.date()), body.value()));
    }
}
