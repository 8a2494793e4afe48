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
}
