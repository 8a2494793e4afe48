package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

/**
 * A metric agreed with one customer: name, unit, KGI (the goal) or KPI (a lever toward it), whether higher or lower
 * is better, and its targets and actuals by month.
 */
public record Kpi(UUID id, UUID companyId, String name, String unit, String kind, String better,
        List<KpiMonth> months, long version) {

    public static final List<String> KINDS = List.of("kgi", "kpi");
    public static final List<String> BETTER = List.of("higher", "lower");

    /** A value as a share (0–100) of the largest target or actual of the months: the height of its bar in a chart. */
    public int share(java.math.BigDecimal value) {
        java.math.BigDecimal peak = months.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.target(), m.actual()))
                .filter(java.util.Objects::nonNull).max(java.math.BigDecimal::compareTo).orElse(null);
        if (value == null || peak == null || peak.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return value.multiply(java.math.BigDecimal.valueOf(100))
                .divide(peak, 0, java.math.RoundingMode.HALF_UP).min(java.math.BigDecimal.valueOf(100)).intValue();
    }
}
