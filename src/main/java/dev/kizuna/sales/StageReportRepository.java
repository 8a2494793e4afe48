package dev.kizuna.sales;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stage report's counts over {@code deal_stage_change} and {@code pipeline_stage}, through
 * {@code deal_stage_change_pipeline_idx} (pipeline, changed_at).
 */
@Repository
class StageReportRepository {

    private final JdbcClient jdbc;

    StageReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per stage, over the moves in [start, end): [entered, advanced, lost]. */
    Map<UUID, long[]> flow(UUID pipelineId, Instant start, Instant end) {
        Map<UUID, long[]> flow = new HashMap<>();
        jdbc.sql("""
                select e.to_stage_id,
                       count(distinct e.deal_id) as entered,
                       count(distinct e.deal_id) filter (where exists (
                           select 1 from deal_stage_change n join pipeline_stage ns on ns.id = n.to_stage_id
                            where n.deal_id = e.deal_id and n.changed_at > e.changed_at
                              and ns.position > s.position and ns.kind <> 'lost')) as advanced,
                       count(distinct e.deal_id) filter (where exists (
                           select 1 from deal_stage_change n join pipeline_stage ns on ns.id = n.to_stage_id
                            where n.deal_id = e.deal_id and n.from_stage_id = e.to_stage_id
                              and n.changed_at > e.changed_at and ns.kind = 'lost')) as lost
                  from deal_stage_change e join pipeline_stage s on s.id = e.to_stage_id
                 where e.pipeline_id = ? and e.changed_at >= ? and e.changed_at < ?
                 group by e.to_stage_id
                """).params(pipelineId, Timestamp.from(start), Timestamp.from(end))
                .query((rs, n) -> flow.put(rs.getObject(1, UUID.class),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();
        return flow;
    }

    /** How many deals left a stage, and their average and median days in it. */
    record TimeInStage(long left, double averageDays, double medianDays) {
    }

    /** Per stage, over the deals that left it in [start, end). */
    Map<UUID, TimeInStage> timeInStage(UUID pipelineId, Instant start, Instant end) {
        Map<UUID, TimeInStage> time = new HashMap<>();
        jdbc.sql("""
                select from_stage_id, count(*),
                       avg(seconds_in_from_stage) / 86400.0,
                       percentile_cont(0.5) within group (order by seconds_in_from_stage) / 86400.0
                  from deal_stage_change
                 where pipeline_id = ? and changed_at >= ? and changed_at < ? and from_stage_id is not null
                   and seconds_in_from_stage is not null
                 group by from_stage_id
                """).params(pipelineId, Timestamp.from(start), Timestamp.from(end))
                .query((rs, n) -> time.put(rs.getObject(1, UUID.class),
                        new TimeInStage(rs.getLong(2), rs.getDouble(3), rs.getDouble(4))))
                .list();
        return time;
    }
}
