package dev.kizuna.sales.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.Money;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.sales.CoachingNotes;
import dev.kizuna.sales.Forecast;
import dev.kizuna.sales.SalesTargets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coaching (seed 004): {@code /api/v1/coaching} (the day's deals to review), {@code /api/v1/deals/{id}/coaching-notes},
 * and the forecast: {@code /api/v1/forecast} and {@code /api/v1/sales-targets}.
 */
@RestController
@Tag(name = "Coaching and forecast")
class CoachingApi {

    private final CoachingNotes notes;
    private final Forecast forecast;
    private final SalesTargets targets;

    CoachingApi(CoachingNotes notes, Forecast forecast, SalesTargets targets) {
        this.notes = notes;
        this.forecast = forecast;
        this.targets = targets;
    }

    record NoteJson(String id, String dealId, String kind, String body, String nextStep, LocalDate nextStepOn,
            String authorId, String authorName, Instant createdAt, Instant acknowledgedAt,
            String acknowledgedByName, boolean accepted, long version) {
        static NoteJson of(CoachingNotes.Note n) {
            return new NoteJson(n.id().toString(), n.dealId().toString(), n.kind(), n.body(), n.nextStep(),
                    n.nextStepOn(), n.authorId().toString(), n.authorName(), n.createdAt(), n.acknowledgedAt(),
                    n.acknowledgedByName(), n.accepted(), n.version());
        }
    }

    record NoteList(List<NoteJson> items) {
    }

    record NoteRequest(String kind, String body, String nextStep, LocalDate nextStepOn) {
    }

    record AcknowledgeRequest(Long version, Boolean accept, Long dealVersion) {
    }

    @GetMapping("/api/v1/deals/{id}/coaching-notes")
    @Operation(summary = "A deal's coaching notes, newest first")
    NoteList list(@PathVariable UUID id) {
        return new NoteList(notes.of(id).stream().map(NoteJson::of).toList());
    }

    @PostMapping("/api/v1/deals/{id}/coaching-notes")
    @Operation(summary = "Leave a comment or a next-step suggestion (coaches)", description = """
            Managers and holders of the coaching role. kind = comment | suggestion; body required (at most 2000);
            a suggestion needs nextStep and may carry nextStepOn. The deal's owner is notified.""")
    ResponseEntity<NoteJson> add(@PathVariable UUID id, @RequestBody NoteRequest body) {
        CoachingNotes.Note note = notes.add(id, body.kind(), body.body(), body.nextStep(), body.nextStepOn());
        return ResponseEntity.created(URI.create("/api/v1/deals/" + id + "/coaching-notes/" + note.id()))
                .body(NoteJson.of(note));
    }

    @PostMapping("/api/v1/deals/{id}/coaching-notes/{noteId}/acknowledge")
    @Operation(summary = "The owner acknowledges a note; accept copies a suggestion's next step onto the deal",
            description = """
                    The deal's owner or a manager, with the note's version (409 when stale or already acknowledged).
                    accept=true on a suggestion needs dealVersion: the deal's version (409 when stale; nothing is
                    written then).""")
    NoteJson acknowledge(@PathVariable UUID id, @PathVariable UUID noteId, @RequestBody AcknowledgeRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return NoteJson.of(notes.acknowledge(noteId, Versions.required(body.version(), ifMatch),
                Boolean.TRUE.equals(body.accept()), body.dealVersion()));
    }

    record ReviewedJson(String dealId, String name, String companyName, String stage, String why, long openNotes,
            Money amount, String nextStep, LocalDate nextStepOn, long version) {
    }

    record RepJson(String ownerId, String ownerName, List<ReviewedJson> deals) {
    }

    /** {@code more}: more than 500 deals changed that day; the first 500 (by owner) are listed. */
    record DayJson(LocalDate day, LocalDate from, LocalDate to, List<RepJson> reps, boolean more) {
    }

    @GetMapping("/api/v1/coaching")
    @Operation(summary = "The deals to review on a day, grouped by owner (coaches)", description = """
            Deals that moved stage (lost included) or became stalled since the last business day before `day`
            (default today, Tokyo): why = moved | stalled | lost.""")
    DayJson day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Locale locale) {
        CoachingNotes.Day d = notes.day(day != null ? day : LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        return new DayJson(d.day(), d.from(), d.to(), d.reps().stream().map(r -> new RepJson(
                r.ownerId() == null ? null : r.ownerId().toString(), r.ownerName(), r.deals().stream()
                        .map(x -> new ReviewedJson(x.deal().id().toString(), x.deal().name(), x.deal().companyName(),
                                x.deal().stageLabel(locale), x.why(), x.openNotes(), Money.yen(x.deal().amount()),
                                x.deal().nextStep(), x.deal().nextStepOn(), x.deal().version()))
                        .toList()))
                .toList(), d.more());
    }

    record StageJson(String stageId, String stage, int winProbability, long deals, Money amount, Money weighted) {
    }

    record MonthJson(YearMonth month, Money target, Money won, Money weighted, Integer percent) {
    }

    record RepLineJson(String userId, String name, List<MonthJson> months) {
    }

    record ForecastJson(String pipelineId, YearMonth since, YearMonth until, List<StageJson> stages, Money amount,
            Money weighted, long undatedDeals, Money undatedAmount, List<RepLineJson> reps) {
    }

    @GetMapping("/api/v1/forecast")
    @Operation(summary = "Forecast: open pipeline by stage, weighted; targets against won per rep and month",
            description = """
                    Managers and coaches. Open deals of the pipeline expected to close in since..until (months,
                    default this month and the next two; at most 12), at face value and weighted by the stage's win
                    probability; per rep and month the target, the won amount (deals won that month, any pipeline)
                    and the weighted open pipeline expected to close in it.""")
    ForecastJson forecast(@RequestParam UUID pipelineId, @RequestParam(required = false) String since,
            @RequestParam(required = false) String until, Locale locale) {
        YearMonth from = month("since", since, YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")));
        Forecast.Result r = forecast.of(pipelineId, from, month("until", until, from.plusMonths(2)));
        return new ForecastJson(r.pipeline().id().toString(), r.from(), r.to(), r.stages().stream()
                .map(s -> new StageJson(s.stage().id().toString(), s.stage().label(locale),
                        s.stage().winProbability(), s.deals(), Money.yen(s.amount()), Money.yen(s.weighted())))
                .toList(), Money.yen(r.amount()), Money.yen(r.weighted()), r.undatedDeals(),
                Money.yen(r.undatedAmount()), r.reps().stream().map(rep -> new RepLineJson(rep.userId().toString(),
                        rep.name(), rep.months().stream().map(m -> new MonthJson(m.month(),
                                m.target() == null ? null : Money.yen(m.target()), Money.yen(m.won()),
                                Money.yen(m.weighted()), m.percent())).toList()))
                        .toList());
    }

    record TargetJson(String userId, YearMonth month, Money amount, long version) {
        static TargetJson of(SalesTargets.Target t) {
            return new TargetJson(t.userId().toString(), t.month(), Money.yen(t.amount()), t.version());
        }
    }

    record TargetList(List<TargetJson> items) {
    }

    record TargetRequest(Object amount, Long version) {
    }

    @GetMapping("/api/v1/sales-targets")
    @Operation(summary = "Targets (予算) per rep and month", description = "Months since..until (YYYY-MM), at most 24.")
    TargetList targets(@RequestParam String since, @RequestParam String until) {
        YearMonth from = month("since", since, null);
        YearMonth to = month("until", until, null);
        if (to.isBefore(from) || from.plusMonths(23).isBefore(to)) {
            throw new RuleViolationException(FieldProblem.of("until", "MonthsTooMany", 24));
        }
        return new TargetList(targets.between(from, to).stream().map(TargetJson::of).toList());
    }

    @PutMapping("/api/v1/sales-targets/{userId}/{month}")
    @Operation(summary = "Set a rep's target for a month (managers)", description = """
            amount: whole yen (or {"amount":…,"currency":"JPY"}). version: the target's version; leave it out to
            create one (409 when someone already did).""")
    TargetJson setTarget(@PathVariable UUID userId, @PathVariable String month, @RequestBody TargetRequest body) {
        Long amount = ApiValues.yen("amount", body.amount());
        if (amount == null) {
            throw new RuleViolationException(FieldProblem.of("amount", "NotNull"));
        }
        return TargetJson.of(targets.set(userId, month("month", month, null), amount, body.version()));
    }

    private static YearMonth month(String field, String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw new RuleViolationException(FieldProblem.of(field, "NotNull"));
            }
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Month"));
        }
    }
}
