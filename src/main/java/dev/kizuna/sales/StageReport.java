package dev.kizuna.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
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

    private final StageReportRepository rows;
    private final Pipelines pipelines;

    StageReport(StageReportRepository rows, Pipelines pipelines) {
        this.rows = rows;
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
        Instant start = from.atStartOfDay(ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();

        Map<UUID, long[]> flow = rows.flow(pipelineId, start, end);
        Map<UUID, StageReportRepository.TimeInStage> time = rows.timeInStage(pipelineId, start, end);

        List<Line> lines = pipeline.stages().stream().filter(s -> !s.retired()).map(s -> {
            long[] f = flow.getOrDefault(s.id(), new long[3]);
            StageReportRepository.TimeInStage t = time.get(s.id());
            return t == null ? new Line(s, f[0], f[1], f[2], 0, null, null)
                    : new Line(s, f[0], f[1], f[2], t.left(), round1(t.averageDays()),
                            round1(t.medianDays()));
        }).toList();
        return new Result(pipeline, from, to, lines);
    }

    private static double round1(double days) {
        return Math.round(days * 10) / 10.0;
    }
}
