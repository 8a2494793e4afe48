package dev.kizuna.sales;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time in stage and stage-to-stage conversion of a pipeline over a period (Tokyo days, both inclusive), from the
 * recorded stage changes:
 * <ul>
 * <li><b>entered</b>: deals that reached the stage in the period;</li>
 * <li><b>advanced</b>: of those, how many later reached a stage further on that is not a lost one, and
 * <b>lost</b>: how many went from it straight to a lost stage;</li>
 * <li><b>days in stage</b>: average and median over the deals that left the stage in the period.</li>
 * </ul>
 * Reads {@code deal_stage_change} through {@code deal_stage_change_pipeline_idx} (pipeline, changed_at).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StageReport {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    /** The longest period one report covers, so a careless query string cannot read years of moves. */
    static final int MAX_DAYS = 731;
    static final int DEFAULT_DAYS = 90;

    private final JdbcClient jdbc;
    private final Pipelines pipelines;

    StageReport(JdbcClient jdbc, Pipelines pipelines) {
        this.jdbc = jdbc;
        this.pipelines = pipelines;
    }

    /** One stage's line of the report. Days are null where no deal left the stage in the period. */
    public record Line(Stage stage, long entered, long advanced, long lost, long left, Double averageDays,
            Double medianDays) {

        /** Share of the deals that entered this stage and went on, in whole percent; null when none entered. */
        public Integer advancedPercent() {
            return entered == 0 ? null : (int) Math.round(advanced * 100.0 / entered);
        }

        public Integer lostPercent() {
            return entered == 0 ? null : (int) Math.round(lost * 100.0 / entered);
        }
    }

    public record Result(Pipeline pipeline, LocalDate from, LocalDate to, List<Line> lines) {

        /** The most deals that entered any one stage: the scale of the bars. */
        public long widest() {
            return lines.stream().mapToLong(Line::entered).max().orElse(0);
        }
    }

    /** The report; without {@code to} (until) the period ends today (Tokyo), without {@code from} (since) it is 90 days long. */
    public Result of(UUID pipelineId, LocalDate from, LocalDate to) {
        if (to == null) {
            to = LocalDate.now(ZONE);
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException(FieldProblem.of("until", "NotBeforeSince"));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new RuleViolationException(FieldProblem.of("until", "PeriodTooLong"));
        }
        Pipeline pipeline = pipelines.find(pipelineId);
        Timestamp start = Timestamp.from(from.atStartOfDay(ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant());

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
                """).params(pipelineId, start, end)
                .query((rs, n) -> flow.put(rs.getObject(1, UUID.class),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();

        Map<UUID, Object[]> time = new HashMap<>();
        jdbc.sql("""
                select from_stage_id, count(*),
                       avg(seconds_in_from_stage) / 86400.0,
                       percentile_cont(0.5) within group (order by seconds_in_from_stage) / 86400.0
                  from deal_stage_change
                 where pipeline_id = ? and changed_at >= ? and changed_at < ? and from_stage_id is not null
                   and seconds_in_from_stage is not null
                 group by from_stage_id
                """).params(pipelineId, start, end)
                .query((rs, n) -> time.put(rs.getObject(1, UUID.class),
                        new Object[] {rs.getLong(2), rs.getDouble(3), rs.getDouble(4)}))
                .list();

        List<Line> lines = pipeline.stages().stream().filter(s -> !s.retired()).map(s -> {
            long[] f = flow.getOrDefault(s.id(), new long[3]);
            Object[] t = time.get(s.id());
            return t == null ? new Line(s, f[0], f[1], f[2], 0, null, null)
                    : new Line(s, f[0], f[1], f[2], (Long) t[0], round1((Double) t[1]), round1((Double) t[2]));
        }).toList();
        return new Result(pipeline, from, to, lines);
    }

    private static double round1(double days) {
        return Math.round(days * 10) / 10.0;
    }
}
