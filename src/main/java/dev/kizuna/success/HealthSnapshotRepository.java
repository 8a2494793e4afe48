package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
     * Writes the day's snapshot: the first writer of a customer's day wins ("on conflict do nothing", true when this
     * call wrote it); {@code replace} overwrites it (a model was published during the day).
     */
    boolean put(UUID companyId, LocalDate day, HealthModel model, ScoreCard card, boolean replace) {
        String conflict = replace ? """
                do update set model_id = excluded.model_id, model_number = excluded.model_number,
                    score = excluded.score, band = excluded.band, components = excluded.components""" : "do nothing";
        return jdbc.sql("""
                insert into success_health_snapshot (company_id, snapshot_on, model_id, model_number, score, band,
                    components) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (company_id, snapshot_on)\s""" + conflict).params(companyId, day, model.id(),
                model.number(), card.score(), card.band().code(), json.writeValueAsString(card.components()))
                .update() == 1;
    }

    List<HealthSnapshot> history(UUID companyId, LocalDate from) {
        return jdbc.sql("""
                select snapshot_on, score, band, model_number from success_health_snapshot
                 where company_id = ? and snapshot_on >= ? order by snapshot_on
                """).params(companyId, from).query((rs, n) -> new HealthSnapshot(
                        rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), HealthBand.of(rs.getString(3)),
                        rs.getInt(4))).list();
    }

    /** The highest score in {@code [from, to)}, if any. */
    Optional<BigDecimal> highest(UUID companyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select max(score) from success_health_snapshot where company_id = ? and snapshot_on >= ?
                   and snapshot_on < ?
                """).params(companyId, from, to).query(BigDecimal.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
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
