package dev.kizuna.success.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.GoLiveMove;
import dev.kizuna.success.PhaseBoard;
import dev.kizuna.success.PhaseSpan;
import dev.kizuna.success.PlanDraft;
import dev.kizuna.success.PlanFilter;
import dev.kizuna.success.PlanRow;
import dev.kizuna.success.SuccessPlan;
import dev.kizuna.success.SuccessPlans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/success-plans}: the phase board, a customer's plan, its go-live date and owner. */
@RestController
@Tag(name = "Customer success")
class SuccessPlansApi {

    private final SuccessPlans plans;
    private final PhaseBoard board;

    SuccessPlansApi(SuccessPlans plans, PhaseBoard board) {
        this.plans = plans;
        this.board = board;
    }

    record PhaseJson(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        static PhaseJson of(PhaseSpan p, LocalDate goLive) {
            return new PhaseJson(p.key(), p.name(), p.startsOn(goLive), p.endsOn(goLive));
        }
    }

    record PlanJson(String id, String companyId, String companyName, String templateId, String templateName,
            LocalDate goLiveOn, String ownerUserId, String ownerUserName, String ownerRoleId, String ownerRoleName,
            String meetingCadence, String currentPhase, long daysFromGoLive, List<PhaseJson> phases, long version) {
        static PlanJson of(SuccessPlan p, LocalDate today) {
            var lifecycle = p.lifecycle();
            return new PlanJson(p.id().toString(), p.companyId().toString(), p.companyName(),
                    p.templateId().toString(), p.templateName(), p.goLiveOn(), SuccessApi.str(p.ownerUserId()),
                    p.ownerUserName(), SuccessApi.str(p.ownerRoleId()), p.ownerRoleName(), p.meetingCadence(),
                    lifecycle.phaseOn(today).map(ph -> ph.key() == null ? ph.name() : ph.key()).orElse(null),
                    lifecycle.daysFromGoLive(today),
                    p.phases().stream().map(ph -> PhaseJson.of(ph, p.goLiveOn())).toList(), p.version());
        }
    }

    record RowJson(String id, String companyId, String companyName, LocalDate goLiveOn, String ownerUserId,
            String ownerName, String phase, String phaseName, long daysFromGoLive, int itemsDone, int itemsTotal,
            int itemsOverdue, int percentDone, long version) {
        static RowJson of(PlanRow r) {
            return new RowJson(r.planId().toString(), r.companyId().toString(), r.companyName(), r.goLiveOn(),
                    SuccessApi.str(r.ownerUserId()), r.ownerName(), r.phaseKey() == null ? r.phaseName()
                    : r.phaseKey(), r.phaseName(), r.daysFromGoLive(), r.progress().done(), r.progress().total(),
                    r.progress().overdue(), r.progress().percent(), r.version());
        }
    }

    @GetMapping("/api/v1/success-plans")
    @Operation(summary = "The phase board: success plans, keyset-paged", description = """
            filter[phase] = preparation | onboarding | adoption | an administrator's phase name | before (first
            phase not started); filter[ownerUserId]; filter[overdue]=true (plans with overdue checklist items);
            filter[goLiveFrom], filter[goLiveTo] (YYYY-MM-DD); filter[renewalWithinDays] = 30 | 60 | 90 (customers with an
            active contract ending from today to that many days ahead, as on the renewals list); sort = goLive
            (default) | customer (by reading).""")
    @ListFilters({"phase", "ownerUserId", "overdue", "goLiveFrom", "goLiveTo", "renewalWithinDays"})
    CursorPage<RowJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        Map<String, String[]> p = request.getParameterMap();
        PlanFilter filter = new PlanFilter(SuccessApi.param(p, "phase"),
                SuccessApi.id("filter[ownerUserId]", SuccessApi.param(p, "ownerUserId")),
                SuccessApi.bool("filter[overdue]", SuccessApi.param(p, "overdue")),
                SuccessApi.date("filter[goLiveFrom]", SuccessApi.param(p, "goLiveFrom")),
                SuccessApi.date("filter[goLiveTo]", SuccessApi.param(p, "goLiveTo")),
                SuccessApi.renewalWindow("filter[renewalWithinDays]", SuccessApi.param(p, "renewalWithinDays")), sort);
        return board.list(filter, PageQuery.of(limit, cursor)).map(RowJson::of);
    }

    @GetMapping("/api/v1/success-plans/{id}")
    ResponseEntity<PlanJson> get(@PathVariable String id) {
        SuccessPlan p = plans.find(SuccessApi.pathId("successPlan", id));
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(PlanJson.of(p, plans.today()));
    }

    record PlanRequest(Long version, String companyId, String templateId, String goLiveOn, String ownerUserId,
            String ownerRoleId, String meetingCadence) {

        PlanDraft merge(SuccessPlan base) {
            return new PlanDraft(base == null ? SuccessApi.id("companyId", companyId) : base.companyId(),
                    base == null ? SuccessApi.id("templateId", templateId) : base.templateId(),
                    goLiveOn == null && base != null ? base.goLiveOn() : SuccessApi.date("goLiveOn", goLiveOn),
                    ownerUserId == null && base != null ? base.ownerUserId()
                            : SuccessApi.id("ownerUserId", ownerUserId),
                    ownerRoleId == null && base != null ? base.ownerRoleId()
                            : SuccessApi.id("ownerRoleId", ownerRoleId),
                    meetingCadence);
        }
    }

    @PostMapping("/api/v1/success-plans")
    @Operation(summary = "Make a customer's success plan (members)", description = """
            companyId, templateId (GET /api/v1/success-templates; the built-in one is seed 001's three phases),
            goLiveOn (YYYY-MM-DD), ownerUserId and/or ownerRoleId, meetingCadence (none | weekly | biweekly |
            monthly). The template's checklist is copied in and the two review meetings are proposed. One plan
            per customer.""")
    ResponseEntity<PlanJson> create(@RequestBody PlanRequest body) {
        SuccessPlan created = plans.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/success-plans/" + created.id()))
                .eTag(Versions.etag(created.version())).body(PlanJson.of(created, plans.today()));
    }

    record MoveJson(LocalDate from, LocalDate to, long days, int items, int meetings) {
        static MoveJson of(GoLiveMove m) {
            return m.moved() ? new MoveJson(m.from(), m.to(), m.days(), m.items(), m.meetings()) : null;
        }
    }

    record UpdateJson(PlanJson plan, MoveJson moved) {
    }

    @PatchMapping("/api/v1/success-plans/{id}")
    @Operation(summary = "Change a plan's go-live date, owner or meeting cadence (members)", description = """
            Fields not sent keep their value. A new goLiveOn moves every checklist item and planned meeting; the
            answer's moved says by how many days and how many moved. version (or If-Match) is required; a stale
            one gets 409.""")
    ResponseEntity<UpdateJson> update(@PathVariable String id, @RequestBody PlanRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        SuccessPlan before = plans.find(SuccessApi.pathId("successPlan", id));
        SuccessPlans.Update result = plans.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(result.plan().version()))
                .body(new UpdateJson(PlanJson.of(result.plan(), plans.today()), MoveJson.of(result.move())));
    }
}
