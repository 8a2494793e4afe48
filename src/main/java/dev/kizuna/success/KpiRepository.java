package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_kpi} and {@code success_kpi_month}. */
@Repository
class KpiRepository {

    private final JdbcClient jdbc;

    KpiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Kpi> ofCompany(UUID companyId) {
        return jdbc.sql("select id from success_kpi where company_id = ? order by kind, name, id").param(companyId)
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<Kpi> find(UUID id) {
        return jdbc.sql("select * from success_kpi where id = ?").param(id)
                .query((rs, n) -> new Kpi(id, rs.getObject("company_id", UUID.class), rs.getString("name"),
                        rs.getString("unit"), rs.getString("kind"), rs.getString("better"), months(id),
                        rs.getLong("version"))).optional();
    }

    void insert(UUID id, UUID companyId, String name, String unit, String kind, String better, UUID actor) {
        jdbc.sql("""
                insert into success_kpi (id, company_id, name, unit, kind, better, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, companyId, name, unit, kind, better, actor, actor).update();
    }

    boolean update(UUID id, long version, String name, String unit, String kind, String better, UUID actor) {
        return jdbc.sql("""
                update success_kpi set name = :name, unit = :unit, kind = :kind, better = :better,
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("name", name).param("unit", unit).param("kind", kind).param("better", better)
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    /** Sets the month's target and/or actual; a null value keeps what was there. */
    void putMonth(UUID kpiId, KpiMonth m, UUID actor) {
        jdbc.sql("""
                insert into success_kpi_month (kpi_id, month, target, actual, updated_by)
                values (:kpi, :month, :target, :actual, :actor)
                on conflict (kpi_id, month) do update set
                    target = coalesce(excluded.target, success_kpi_month.target),
                    actual = coalesce(excluded.actual, success_kpi_month.actual),
                    updated_at = now(), updated_by = excluded.updated_by
                """).param("kpi", kpiId).param("month", m.month().atDay(1)).param("target", m.target())
                .param("actual", m.actual()).param("actor", actor).update();
    }

    void touch(UUID kpiId, UUID actor) {
        jdbc.sql("update success_kpi set version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(actor, kpiId).update();
    }

    private List<KpiMonth> months(UUID kpiId) {
        return jdbc.sql("select * from success_kpi_month where kpi_id = ? order by month").param(kpiId)
                .query((rs, n) -> new KpiMonth(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getObject("target", BigDecimal.class), rs.getObject("actual", BigDecimal.class))).list();
    }
}
