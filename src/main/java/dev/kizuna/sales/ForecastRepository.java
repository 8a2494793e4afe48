package dev.kizuna.sales;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The forecast's sums over {@code deal} and {@code pipeline_stage}, through the partial indexes deal_forecast_idx,
 * deal_open_close_idx and deal_won_idx.
 */
@Repository
class ForecastRepository {

    private final JdbcClient jdbc;

    ForecastRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per stage of the pipeline: open deals expected to close from {@code first} to {@code last}: [deals, amount, weighted]. */
    Map<UUID, long[]> openByStage(UUID pipelineId, LocalDate first, LocalDate last) {
        Map<UUID, long[]> byStage = new HashMap<>();
        jdbc.sql("""
                select d.stage_id, count(*), sum(d.amount), sum(d.amount * s.win_probability / 100)
                  from deal d join pipeline_stage s on s.id = d.stage_id
                 where d.pipeline_id = ? and d.status = 'open' and d.expected_close_on between ? and ?
                 group by d.stage_id
                """).params(pipelineId, Date.valueOf(first), Date.valueOf(last))
                .query((rs, n) -> byStage.put(rs.getObject(1, UUID.class),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();
        return byStage;
    }

    /** The pipeline's open deals without an expected close date: [deals, amount]. */
    long[] openUndated(UUID pipelineId) {
        return jdbc.sql("""
                select count(*), coalesce(sum(amount), 0) from deal
                 where pipeline_id = ? and status = 'open' and expected_close_on is null
                """).param(pipelineId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Per owner and Tokyo month: the amount of deals won in [from, to). */
    Map<UUID, Map<YearMonth, Long>> wonPerOwnerMonth(Instant from, Instant to) {
        Map<UUID, Map<YearMonth, Long>> out = new HashMap<>();
        jdbc.sql("""
                select owner_id, (date_trunc('month', closed_at at time zone 'Asia/Tokyo'))::date, sum(amount)
                  from deal where status = 'won' and closed_at >= ? and closed_at < ? and owner_id is not null
                 group by 1, 2
                """).params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3)))
                .list();
        return out;
    }

    /** Per owner and month: open deals expected to close from {@code first} to {@code last}, weighted. */
    Map<UUID, Map<YearMonth, Long>> weightedPerOwnerMonth(LocalDate first, LocalDate last) {
        Map<UUID, Map<YearMonth, Long>> out = new HashMap<>();
        jdbc.sql("""
                select d.owner_id, (date_trunc('month', d.expected_close_on))::date,
                       sum(d.amount * s.win_probability / 100)
                  from deal d join pipeline_stage s on s.id = d.stage_id
                 where d.status = 'open' and d.expected_close_on between ? and ? and d.owner_id is not null
                 group by 1, 2
                """).params(Date.valueOf(first), Date.valueOf(last))
                .query((rs, n) -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3)))
                .list();
        return out;
    }
}
