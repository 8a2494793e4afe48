package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.kizuna.customers.Companies;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage figures pushed by other systems (seed 000's goal: the customer portal's active-user rate): a metric name, a
 * customer, a day and a value; a health model's {@code usageMetric} component reads the latest one on or before the
 * day scored. Members (and API tokens of members) push them.
 */
@Service
@Transactional
public class UsageMetrics {

    /** Metric names: letters, digits, dot, dash and underscore, e.g. {@code portal.activeUserRate}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private final UsageMetricRepository metrics;
    private final Companies companies;

    UsageMetrics(UsageMetricRepository metrics, Companies companies) {
        this.metrics = metrics;
        this.companies = companies;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public UsageMetric record(String metric, UUID companyId, LocalDate date, BigDecimal value) {
        String m = metric == null ? null : metric.strip();
        Check.of().required("metric", m).failIf(m != null && !m.isEmpty() && !NAME.matcher(m).matches(), "metric",
                        "HealthMetricName")
                .required("companyId", companyId)
                .failIf(companyId != null && companies.findOrNull(companyId) == null, "companyId", "UnknownId")
                .required("date", date).required("value", value)
                .failIf(value != null && value.abs().compareTo(LIMIT) >= 0, "value", "Range", "-" + LIMIT, LIMIT)
                .verify();
        UsageMetric clean = new UsageMetric(m, companyId, date, value);
        metrics.put(clean, CurrentActor.idOrNull());
        return clean;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UsageMetric> ofCompany(UUID companyId) {
        return metrics.ofCompany(companyId, 100);
    }
}
