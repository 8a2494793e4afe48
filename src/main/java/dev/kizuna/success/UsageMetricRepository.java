package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_usage_metric}: one value per customer, metric and day (a second push replaces it). */
@Repository
class UsageMetricRepository {

    private final JdbcClient jdbc;

    UsageMetricRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(UsageMetric m, UUID actor) {
        jdbc.sql("""
                insert into success_usage_metric (company_id, metric, measured_on, value, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (company_id, metric, measured_on) do update set value = excluded.value,
                    updated_at = now(), updated_by = excluded.updated_by
                """).params(m.companyId(), m.metric(), m.date(), m.value(), actor).update();
    }

    List<UsageMetric> ofCompany(UUID companyId, int limit) {
        return jdbc.sql("""
                select * from success_usage_metric where company_id = ? order by measured_on desc, metric limit ?
                """).params(companyId, limit).query((rs, n) -> new UsageMetric(rs.getString("metric"), companyId,
                        rs.getObject("measured_on", java.time.LocalDate.class), rs.getBigDecimal("value"))).list();
    }

    /** A merged customer's figures follow it; a day the survivor already has keeps the survivor's. */
    List<UUID> move(UUID to, UUID from) {
        jdbc.sql("""
                delete from success_usage_metric m where m.company_id = ? and exists (select 1 from success_usage_metric s
                    where s.company_id = ? and s.metric = m.metric and s.measured_on = m.measured_on)
                """).params(from, to).update();
        int moved = jdbc.sql("update success_usage_metric set company_id = ? where company_id = ?").params(to, from)
                .update();
        return moved == 0 ? List.of() : List.of(to);
    }

    long count(UUID companyId) {
        return jdbc.sql("select count(*) from success_usage_metric where company_id = ?").param(companyId)
                .query(Long.class).single();
    }
}
