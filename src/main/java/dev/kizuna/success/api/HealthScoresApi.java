package dev.kizuna.success.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.success.ComponentScore;
import dev.kizuna.success.HealthAction;
import dev.kizuna.success.HealthBand;
import dev.kizuna.success.HealthFilter;
import dev.kizuna.success.HealthScore;
import dev.kizuna.success.HealthScores;
import dev.kizuna.success.HealthSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/health-scores} and {@code /api/v1/companies/{id}/health}: current scores, their why and history. */
@RestController
@Tag(name = "Customer success")
class HealthScoresApi {

    private final HealthScores scores;

    HealthScoresApi(HealthScores scores) {
        this.scores = scores;
    }

    record ScoreJson(String companyId, String companyName, String ownerId, String ownerName, BigDecimal score,
            String band, LocalDate bandSince, String modelId, String modelName, int modelNumber, LocalDate computedOn) {
        static ScoreJson of(HealthScore s) {
            return new ScoreJson(s.companyId().toString(), s.companyName(), SuccessApi.str(s.ownerId()),
                    s.ownerName(), s.score(), s.band().code(), s.bandSince(), s.modelId().toString(), s.modelName(),
                    s.modelNumber(), s.computedOn());
        }
    }

    @GetMapping("/api/v1/health-scores")
    @Operation(summary = "Customers' current health scores", description = """
            filter[band] = danger (危険) | caution (注意) | good (良好) | expansion (拡大候補); filter[ownerId];
            sort = score (worst first, default) | -score | customer (by reading); limit, cursor.""")
    @ListFilters({"band", "ownerId"})
    CursorPage<ScoreJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        Map<String, String[]> p = request.getParameterMap();
        String band = SuccessApi.param(p, "band");
        if (band != null && !HealthBand.CODES.contains(band)) {
            throw new RuleViolationException(FieldProblem.of("filter[band]", "OneOf", String.join(", ",
                    HealthBand.CODES)));
        }
        if (sort != null && !HealthFilter.SORTS.contains(sort)) {
            throw new RuleViolationException(FieldProblem.of("sort", "OneOf", String.join(", ", HealthFilter.SORTS)));
        }
        HealthFilter filter = new HealthFilter(band == null ? null : HealthBand.of(band),
                SuccessApi.id("filter[ownerId]", SuccessApi.param(p, "ownerId")), sort);
        return scores.list(filter, PageQuery.of(limit, cursor)).map(ScoreJson::of);
    }

    record LineJson(String key, String measure, BigDecimal value, String choice, int points, int weight,
            BigDecimal contribution, BigDecimal share) {
        static LineJson of(ComponentScore c) {
            return new LineJson(c.key(), c.measure(), c.value().number(), c.value().choice(), c.points(), c.weight(),
                    c.contribution(), c.share());
        }
    }

    record DayJson(LocalDate date, BigDecimal score, String band, int modelNumber) {
        static DayJson of(HealthSnapshot s) {
            return new DayJson(s.day(), s.score(), s.band().code(), s.modelNumber());
        }
    }

    record ActionJson(String kind, String band, BigDecimal score, String reason, String recordId, String ownerId,
            java.time.Instant at) {
        static ActionJson of(HealthAction a) {
            return new ActionJson(a.kind(), a.band() == null ? null : a.band().code(), a.score(), a.reason(),
                    SuccessApi.str(a.recordId()), SuccessApi.str(a.ownerId()), a.at());
        }
    }

    record HealthJson(String companyId, ScoreJson current, List<LineJson> components, List<DayJson> history,
            List<ActionJson> actions) {
    }

    @GetMapping("/api/v1/companies/{id}/health")
    @Operation(summary = "A customer's health: the score, its band, a line per component and the daily history",
            description = """
            current is null until a published model scores the customer. components: value, points (0–10), weight,
            contribution (points × weight / 10) and share of the total in percent. history: the last {days} days
            (default 90). actions: what the score started (drop alerts, playbooks, deals), with the reason.""")
    HealthJson health(@PathVariable String id, @RequestParam(required = false) Integer days) {
        var companyId = SuccessApi.pathId("company", id);
        int d = days == null ? 90 : days;
        if (d < 1 || d > 730) {
            throw new RuleViolationException(FieldProblem.of("days", "Range", 1, 730));
        }
        var current = scores.ofCompany(companyId);
        return new HealthJson(id, current.map(ScoreJson::of).orElse(null),
                current.map(s -> s.components().stream().map(LineJson::of).toList()).orElse(List.of()),
                scores.history(companyId, d).stream().map(DayJson::of).toList(),
                scores.actions(companyId).stream().map(ActionJson::of).toList());
    }
}
