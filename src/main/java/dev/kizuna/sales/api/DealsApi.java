package dev.kizuna.sales.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.Money;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.sales.Deal;
import dev.kizuna.sales.DealDraft;
import dev.kizuna.sales.DealFilter;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.StageChange;
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

/** {@code /api/v1/deals}: everyone reads deals; members and above create, change and move them. */
@RestController
@Tag(name = "Deals")
class DealsApi {

    private final Deals deals;

    DealsApi(Deals deals) {
        this.deals = deals;
    }

    record DealJson(String id, String name, String companyId, String companyName, String contactId, String contactName,
            String pipelineId, String stageId, String stageName, String status, boolean active, Money amount,
            LocalDate expectedCloseOn, String ownerId, String ownerName, String leadSource, Money budget,
            String challenges, String nextStep, LocalDate nextStepOn, String lostReasonId, String lostReasonName,
            String lostNote, OffsetDateTime stageEnteredAt, OffsetDateTime lastActivityAt, OffsetDateTime closedAt,
            String stalled, Map<String, Object> customFields, long version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
        static DealJson of(Deal d) {
            return new DealJson(d.id().toString(), d.name(), d.companyId().toString(), d.companyName(), ApiValues.text(d.contactId()),
                    d.contactName(), d.pipelineId().toString(), d.stageId().toString(), d.stageName(), d.status().code(),
                    d.active(), Money.yen(d.amount()), d.expectedCloseOn(), ApiValues.text(d.ownerId()), d.ownerName(),
                    d.leadSource(), Money.yen(d.budget()), d.challenges(), d.nextStep(), d.nextStepOn(),
                    ApiValues.text(d.lostReasonId()), d.lostReasonName(), d.lostNote(), ApiValues.utc(d.stageEnteredAt()),
                    ApiValues.utc(d.lastActivityAt()), ApiValues.utc(d.closedAt()), d.stalled(), d.customFields(), d.version(),
                    ApiValues.utc(d.createdAt()), ApiValues.utc(d.updatedAt()));
        }
    }

    @GetMapping("/api/v1/deals")
    @Operation(summary = "Deals, keyset-paged", description = """
            Same query syntax as /api/v1/companies: q (part of the deal's name), filter[field]=value or
            filter[field][op]=value with fields pipelineId, stageId, status (open | won | lost), active, stalled
            (true: over the stage's limit, or no activity and no next step for the set business days), ownerId,
            companyId, leadSource (eq, contains), amount and expectedCloseOn (eq, gte, lte) and
            customFields.<key>; sort = updated (default, newest first), created, amount, expectedClose or
            customFields.<key>, desc=true|false.""")
    @ListFilters(value = {"pipelineId", "stageId", "status", "active", "stalled", "ownerId", "companyId", "leadSource",
            "amount", "expectedCloseOn"}, prefixes = "customFields.")
    CursorPage<DealJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return deals.list(DealFilter.fromParameters(request.getParameterMap()), PageQuery.of(limit, cursor))
                .map(DealJson::of);
    }

    @GetMapping("/api/v1/deals/{id}")
    ResponseEntity<DealJson> get(@PathVariable String id) {
        Deal d = deals.find(ApiValues.pathId("deal", id));
        return ResponseEntity.ok().eTag(Versions.etag(d.version())).body(DealJson.of(d));
    }

    /** Money as {"amount": 1200000, "currency": "JPY"} or a plain integer of yen. */
    record DealRequest(Long version, String name, String companyId, String contactId, String pipelineId,
            String stageId, Object amount, LocalDate expectedCloseOn, String ownerId, String leadSource, Object budget,
            String challenges, String nextStep, LocalDate nextStepOn, String lostReasonId, String lostNote,
            Map<String, Object> customFields) {

        DealDraft merge(DealDraft base) {
            return new DealDraft(name == null ? base.name() : name,
                    companyId == null ? base.companyId() : ApiValues.id("companyId", companyId),
                    contactId == null ? base.contactId() : ApiValues.optionalId("contactId", contactId),
                    pipelineId == null ? base.pipelineId() : ApiValues.id("pipelineId", pipelineId),
                    stageId == null ? base.stageId() : ApiValues.id("stageId", stageId),
                    amount == null ? base.amount() : ApiValues.yen("amount", amount),
                    expectedCloseOn == null ? base.expectedCloseOn() : expectedCloseOn,
                    ownerId == null ? base.ownerId() : ApiValues.optionalId("ownerId", ownerId),
                    leadSource == null ? base.leadSource() : leadSource,
                    budget == null ? base.budget() : ApiValues.yen("budget", budget),
                    challenges == null ? base.challenges() : challenges,
                    nextStep == null ? base.nextStep() : nextStep,
                    nextStepOn == null ? base.nextStepOn() : nextStepOn,
                    lostReasonId == null ? base.lostReasonId() : ApiValues.optionalId("lostReasonId", lostReasonId),
                    lostNote == null ? base.lostNote() : lostNote,
                    customFields == null ? Map.of() : customFields);
        }
    }

    private static final DealDraft EMPTY = new DealDraft(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, Map.of());

    @PostMapping("/api/v1/deals")
    @Operation(summary = "Create a deal (members and above)", description = """
            Needs name and companyId. Without pipelineId the first pipeline, without stageId its first open stage,
            without ownerId the caller. amount and budget: whole yen, as a number or {"amount": n, "currency": "JPY"}.""")
    ResponseEntity<DealJson> create(@RequestBody DealRequest body) {
        Deal created = deals.create(body.merge(EMPTY));
        return ResponseEntity.created(URI.create("/api/v1/deals/" + created.id()))
                .eTag(Versions.etag(created.version())).body(DealJson.of(created));
    }

    @PatchMapping("/api/v1/deals/{id}")
    @Operation(summary = "Change a deal (members and above)", description = """
            Fields not sent keep their value; the stage changes only through POST /api/v1/deals/{id}/move. Send
            version in the body or If-Match; a stale one gets 409.""")
    ResponseEntity<DealJson> update(@PathVariable String id, @RequestBody DealRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Deal before = deals.find(ApiValues.pathId("deal", id));
        Deal after = deals.update(before.id(), version, body.merge(DealDraft.of(before)));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(DealJson.of(after));
    }

    record MoveRequest(Long version, String stageId, String lostReasonId, String lostNote) {
    }

    @PostMapping("/api/v1/deals/{id}/move")
    @Operation(summary = "Move a deal to another stage of its pipeline (members and above)", description = """
            version (or If-Match) is required: when someone else moved or changed the deal since, the answer is 409
            and nothing changes. A lost stage needs lostReasonId (see /api/v1/lost-reasons). The move is recorded
            with its time (GET /api/v1/deals/{id}/stage-changes).""")
    ResponseEntity<DealJson> move(@PathVariable String id, @RequestBody MoveRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Deal moved = deals.move(ApiValues.pathId("deal", id), version,
                body.stageId() == null ? null : ApiValues.id("stageId", body.stageId()),
                body.lostReasonId() == null || body.lostReasonId().isBlank() ? null
                        : ApiValues.id("lostReasonId", body.lostReasonId()), body.lostNote());
        return ResponseEntity.ok().eTag(Versions.etag(moved.version())).body(DealJson.of(moved));
    }

    record StageChangeJson(String id, String fromStage, String toStage, boolean forward, OffsetDateTime changedAt,
            String changedBy) {
    }

    record StageChangeList(List<StageChangeJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/deals/{id}/stage-changes")
    @Operation(summary = "Every stage change of a deal, newest first (time in stage, conversion)")
    StageChangeList history(@PathVariable String id) {
        UUID dealId = deals.find(ApiValues.pathId("deal", id)).id();
        List<StageChange> changes = deals.history(dealId);
        return new StageChangeList(changes.stream().map(c -> new StageChangeJson(c.id().toString(), c.fromName(),
                c.toName(), c.forward(), ApiValues.utc(c.at()), c.actorName())).toList(), null);
    }
}
