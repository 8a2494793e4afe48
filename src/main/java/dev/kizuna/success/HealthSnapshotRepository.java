package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL over {@code success_health_snapshot}: one row per customer and day. */
@Repository
class HealthSnapshotRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HealthSnapshotRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Writes the day's snapshot of a batch in one statement: the first writer of a customer's day wins ("on conflict
     * do nothing"), {@code replace} overwrites it (a model was published during the day). Answers the customers whose
     * day this call wrote (with {@code replace}, all of them).
     */
    java.util.Set<UUID> putAll(List<HealthScorer.Scored> batch, LocalDate day, boolean replace) {
        if (batch.isEmpty()) {
            return java.util.Set.of();
        }
        String conflict = replace ? """
                do update set model_id = excluded.model_id, model_number = excluded.model_number,
                    score = excluded.score, band = excluded.band, components = excluded.components""" : "do nothing";
        return new java.util.HashSet<>(jdbc.sql("""
                insert into success_health_snapshot (company_id, snapshot_on, model_id, model_number, score, band,
                    components)
                select t.c, cast(? as date), t.m, t.n, t.s, t.b, cast(t.j as jsonb)
                  from unnest(?::uuid[], ?::uuid[], ?::int[], ?::numeric[], ?::text[], ?::text[]) as t(c, m, n, s, b, j)
                on conflict (company_id, snapshot_on)\s""" + conflict + " returning company_id")
                .params(day, column(batch, s -> s.customer().id()), column(batch, s -> s.model().id()),
                        column(batch, s -> s.model().number()), column(batch, s -> s.card().score().toPlainString()),
                        column(batch, s -> s.card().band().code()),
                        column(batch, s -> json.writeValueAsString(s.card().components())))
                .query(UUID.class).list());
    }

    /** The highest score of each customer in {@code [from, to)}; customers without a snapshot then are absent. */
    java.util.Map<UUID, BigDecimal> highest(java.util.Collection<UUID> companies, LocalDate from, LocalDate to) {
        java.util.Map<UUID, BigDecimal> high = new java.util.HashMap<>();
        jdbc.sql("""
                select company_id, max(score) from success_health_snapshot
                 where company_id = any(?::uuid[]) and snapshot_on >= ? and snapshot_on < ? group by company_id
                """).params(companies.stream().map(UUID::toString).toArray(String[]::new), from, to)
                .query(rs -> {
                    high.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                });
        return high;
    }

    static String[] column(List<HealthScorer.Scored> batch, java.util.function.Function<HealthScorer.Scored, Object> f) {
        return batch.stream().map(f).map(String::valueOf).toArray(String[]::new);
    }

    List<HealthSnapshot> history(UUID companyId, LocalDate from) {
        return jdbc.sql("""
                select snapshot_on, score, band, model_number from success_health_snapshot
                 where company_id = ? and snapshot_on >= ? order by snapshot_on
                """).params(companyId, from).query((rs, n) -> new HealthSnapshot(
                        rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), HealthBand.of(rs.getString(3)),
                        rs.getInt(4))).list();
    }

    long count(UUID companyId) {
        return jdbc.sql("select count(*) from success_health_snapshot where company_id = ?").param(companyId)
                .query(Long.class).single();
    }

    /** A merged customer's history follows it; a day the survivor already has keeps the survivor's. */
    int move(UUID to, UUID from) {
        jdbc.sql("""
                delete from success_health_snapshot m where m.company_id = ? and exists (
                    select 1 from success_health_snapshot s where s.company_id = ? and s.snapshot_on = m.snapshot_on)
                """).params(from, to).update();
        return jdbc.sql("update success_health_snapshot set company_id = ? where company_id = ?").params(to, from)
                .update();
    }
}
