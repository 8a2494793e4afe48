package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The success module's own measures as of a day, one query per measure for a whole batch of customers: checklist
 * completion and lifecycle phase (plans), KPI attainment, contract age and days to renewal, usage figures; and a
 * custom field's value (read from {@code company}).
 */
@Repository
class HealthMeasureRepository {

    private final JdbcClient jdbc;

    HealthMeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String[] ids(Collection<UUID> companies) {
        return companies.stream().map(UUID::toString).toArray(String[]::new);
    }

    private Map<UUID, MeasureValue> numbers(String sql, Object... params) {
        Map<UUID, MeasureValue> values = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            BigDecimal v = rs.getBigDecimal(2);
            if (v != null) {
                values.put(rs.getObject(1, UUID.class), MeasureValue.of(v));
            }
        });
        return values;
    }

    /** Percent of the checklist items due by {@code asOf} that were ticked by its end; no items due = no data. */
    Map<UUID, MeasureValue> checklistCompletion(Collection<UUID> companies, LocalDate asOf) {
        return numbers("""
                select p.company_id, round(100.0 * count(*) filter (where i.done_at < cast(? as date) + 1) / count(*), 1)
                  from success_plan p join success_plan_item i on i.plan_id = p.id
                 where p.company_id = any(?::uuid[]) and p.go_live_on + i.due_offset_days <= ?
                 group by p.company_id
                """, asOf, ids(companies), asOf);
    }

    /** The plan's phase on {@code asOf} (its key, or its name for an administrator's phase); {@code before} first. */
    Map<UUID, MeasureValue> phase(Collection<UUID> companies, LocalDate asOf) {
        Map<UUID, MeasureValue> values = new HashMap<>();
        jdbc.sql("""
                select p.company_id, coalesce((select coalesce(pp.phase_key, pp.name) from success_plan_phase pp
                    where pp.plan_id = p.id and p.go_live_on + make_interval(months => pp.start_months) <= cast(? as date)
                      and (pp.end_months is null
                           or cast(? as date) < p.go_live_on + make_interval(months => pp.end_months))
                    order by pp.position limit 1), 'before')
                  from success_plan p where p.company_id = any(?::uuid[])
                """).params(asOf, asOf, ids(companies))
                .query(rs -> {
                    values.put(rs.getObject(1, UUID.class), MeasureValue.choice(rs.getString(2)));
                });
        return values;
    }

    /** Mean attainment (percent) of the customer's KPIs, each at its latest month up to {@code asOf}'s month. */
    Map<UUID, MeasureValue> kpiAttainment(Collection<UUID> companies, LocalDate asOf) {
        return numbers("""
                select company_id, round(avg(attainment), 1) from (
                    select distinct on (k.id) k.company_id,
                           case when k.better = 'lower' then 100.0 * m.target / nullif(m.actual, 0)
                                else 100.0 * m.actual / nullif(m.target, 0) end as attainment
                      from success_kpi k join success_kpi_month m on m.kpi_id = k.id
                     where k.company_id = any(?::uuid[]) and m.month <= ? and m.target is not null
                       and m.actual is not null
                     order by k.id, m.month desc) latest
                 where attainment is not null
                 group by company_id
                """, ids(companies), asOf.withDayOfMonth(1));
    }

    /** Days since the oldest contract still running on {@code asOf} started (not churned by then). */
    Map<UUID, MeasureValue> contractAgeDays(Collection<UUID> companies, LocalDate asOf) {
        return numbers("""
                select c.company_id, cast(? as date) - min(c.starts_on)
                  from success_contract c
                 where c.company_id = any(?::uuid[]) and c.starts_on <= ?
                   and not exists (select 1 from success_churn ch where ch.contract_id = c.id and ch.churned_on <= ?)
                 group by c.company_id
                """, asOf, ids(companies), asOf, asOf);
    }

    /**
     * Days from {@code asOf} to the nearest end of a running contract, the end as it stood then: a renewal decided
     * later had not yet moved it.
     */
    Map<UUID, MeasureValue> daysToRenewal(Collection<UUID> companies, LocalDate asOf) {
        return numbers("""
                select company_id, min(ends_then - cast(? as date)) from (
                    select c.company_id, coalesce((select r.previous_ends_on from success_contract_renewal r
                            where r.contract_id = c.id and r.decided_on > ? order by r.decided_on limit 1),
                            c.ends_on) as ends_then
                      from success_contract c
                     where c.company_id = any(?::uuid[]) and c.starts_on <= ?
                       and not exists (select 1 from success_churn ch where ch.contract_id = c.id and ch.churned_on <= ?)
                ) t where ends_then >= ?
                 group by company_id
                """, asOf, asOf, ids(companies), asOf, asOf, asOf);
    }

    /** The latest value of the metric measured on or before {@code asOf}. */
    Map<UUID, MeasureValue> usage(Collection<UUID> companies, String metric, LocalDate asOf) {
        return numbers("""
                select distinct on (company_id) company_id, value from success_usage_metric
                 where company_id = any(?::uuid[]) and metric = ? and measured_on <= ?
                 order by company_id, measured_on desc
                """, ids(companies), metric, asOf);
    }

    /** A custom field's current value: a number, a choice, or a checkbox as 1/0. */
    Map<UUID, MeasureValue> customField(Collection<UUID> companies, String key) {
        Map<UUID, MeasureValue> values = new HashMap<>();
        jdbc.sql("""
                select id, jsonb_typeof(custom_fields -> ?) as type, custom_fields ->> ? as value from company
                 where id = any(?::uuid[]) and jsonb_exists(custom_fields, ?)
                """).params(key, key, ids(companies), key)
                .query(rs -> {
                    String type = rs.getString("type");
                    String v = rs.getString("value");
                    UUID id = rs.getObject("id", UUID.class);
                    switch (type == null ? "null" : type) {
                        case "number" -> values.put(id, MeasureValue.of(new BigDecimal(v)));
                        case "boolean" -> values.put(id, MeasureValue.of(Boolean.parseBoolean(v) ? 1 : 0));
                        case "string" -> values.put(id, MeasureValue.choice(v));
                        default -> { }
                    }
                });
        return values;
    }
}
