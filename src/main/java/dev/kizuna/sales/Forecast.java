package dev.kizuna.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast (売上見込): a pipeline's open deals by stage for the months they are expected to close, at face value
 * and weighted by each stage's win probability; and per rep and month, the target (予算) against the actual — the
 * amounts of deals won that month (Tokyo), whatever their pipeline — and the weighted open pipeline expected to
 * close in it. Reads only the partial indexes deal_forecast_idx, deal_open_close_idx and deal_won_idx.
 */
@Service
@Transactional(readOnly = true)
public class Forecast {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    /** The longest span of months one forecast shows. */
    public static final int MAX_MONTHS = 12;

    private final ForecastRepository rows;
    private final Pipelines pipelines;
    private final SalesTargets targets;
    private final Users users;

    Forecast(ForecastRepository rows, Pipelines pipelines, SalesTargets targets, Users users) {
        this.rows = rows;
        this.pipelines = pipelines;
        this.targets = targets;
        this.users = users;
    }

    /** One stage's open deals expected to close in the period. */
    public record StageLine(Stage stage, long deals, long amount, long weighted) {
    }

    /** One rep's month: target (null when none was set), won, and weighted open pipeline expected to close. */
    public record Month(YearMonth month, Long target, long won, long weighted, Long targetVersion) {

        /** Won against target in whole percent; null without a target. */
        public Integer percent() {
            return target == null || target == 0 ? null : (int) Math.round(won * 100.0 / target);
        }
    }

    public record RepLine(UUID userId, String name, List<Month> months) {

        public long target() {
            return months.stream().mapToLong(m -> m.target() == null ? 0 : m.target()).sum();
        }

        public long won() {
            return months.stream().mapToLong(Month::won).sum();
        }
    }

    public record Result(Pipeline pipeline, YearMonth from, YearMonth to, List<StageLine> stages, long undatedDeals,
            long undatedAmount, List<YearMonth> months, List<RepLine> reps) {

        public long amount() {
            return stages.stream().mapToLong(StageLine::amount).sum();
        }

        public long weighted() {
            return stages.stream().mapToLong(StageLine::weighted).sum();
        }

        /** The largest amount of a stage: the scale of the stage bars. */
        public long widestStage() {
            return stages.stream().mapToLong(StageLine::amount).max().orElse(0);
        }

        /** The largest of any rep's monthly target, won or won + weighted: the scale of the month bars. */
        public long widestMonth() {
            return reps.stream().flatMap(r -> r.months().stream())
                    .mapToLong(m -> Math.max(m.target() == null ? 0 : m.target(), m.won() + m.weighted()))
                    .max().orElse(0);
        }
    }

    @PreAuthorize("hasRole('MANAGER') or @coaching.isCoach()")
    public Result of(UUID pipelineId, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new RuleViolationException(FieldProblem.of("until", "NotBeforeSince"));
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new RuleViolationException(FieldProblem.of("until", "MonthsTooMany", MAX_MONTHS));
        }
        Pipeline pipeline = pipelines.find(pipelineId);
        LocalDate firstDay = from.atDay(1);
        LocalDate lastDay = to.atEndOfMonth();
        Map<UUID, long[]> byStage = rows.openByStage(pipelineId, firstDay, lastDay);
        long[] undated = rows.openUndated(pipelineId);
        List<StageLine> stages = pipeline.stages().stream()
                .filter(s -> !s.retired() && s.kind() == StageKind.OPEN)
                .map(s -> {
                    long[] v = byStage.getOrDefault(s.id(), new long[3]);
                    return new StageLine(s, v[0], v[1], v[2]);
                }).toList();

        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<UUID, Map<YearMonth, long[]>> perRep = new HashMap<>(); // [won, weighted]
        rows.wonPerOwnerMonth(from.atDay(1).atStartOfDay(ZONE).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()).forEach((owner, won) -> won.forEach(
                        (m, amount) -> perRep.computeIfAbsent(owner, k -> new HashMap<>())
                                .computeIfAbsent(m, k -> new long[2])[0] = amount));
        rows.weightedPerOwnerMonth(firstDay, lastDay).forEach((owner, weighted) -> weighted.forEach(
                (m, amount) -> perRep.computeIfAbsent(owner, k -> new HashMap<>())
                        .computeIfAbsent(m, k -> new long[2])[1] = amount));
        Map<UUID, Map<YearMonth, SalesTargets.Target>> targetOf = new HashMap<>();
        targets.between(from, to).forEach(t -> targetOf.computeIfAbsent(t.userId(), k -> new HashMap<>())
                .put(t.month(), t));

        Set<UUID> repIds = new LinkedHashSet<>(targetOf.keySet());
        repIds.addAll(perRep.keySet());
        Map<UUID, String> names = new HashMap<>();
        for (UserSummary u : users.all(false)) { // a rep who has left still sold
            names.put(u.id(), u.displayName());
        }
        List<RepLine> reps = repIds.stream().map(id -> new RepLine(id, names.getOrDefault(id, "—"), months.stream()
                        .map(m -> {
                            long[] v = perRep.getOrDefault(id, Map.of()).getOrDefault(m, new long[2]);
                            SalesTargets.Target t = targetOf.getOrDefault(id, Map.of()).get(m);
                            return new Month(m, t == null ? null : t.amount(), v[0], v[1],
                                    t == null ? null : t.version());
                        }).toList()))
                .sorted(Comparator.comparing(RepLine::won).reversed().thenComparing(RepLine::name))
                .toList();
        return new Result(pipeline, from, to, stages, undated[0], undated[1], months, reps);
    }
}
