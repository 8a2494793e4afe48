package dev.kizuna.success.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.ChecklistProgress;
import dev.kizuna.success.Checklists;
import dev.kizuna.success.PlanItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/success-plans/{id}/checklist}: a plan's onboarding checklist, its progress, ticking items. */
@RestController
@Tag(name = "Customer success")
class ChecklistApi {

    private final Checklists checklists;

    ChecklistApi(Checklists checklists) {
        this.checklists = checklists;
    }

    record ItemJson(String id, int phase, String title, String titleKey, String side, String ownerUserId,
            String ownerName, int dueOffsetDays, LocalDate dueOn, boolean done, OffsetDateTime doneAt,
            String doneBy, String doneByName, String notes, long version) {
        static ItemJson of(PlanItem i) {
            return new ItemJson(i.id().toString(), i.phase(), i.title(), i.titleKey(), i.side(),
                    SuccessApi.str(i.ownerUserId()), i.ownerName(), i.dueOffsetDays(), i.dueOn(), i.done(),
                    SuccessApi.out(i.doneAt()), SuccessApi.str(i.doneBy()), i.doneByName(), i.notes(), i.version());
        }
    }

    record ChecklistJson(int done, int total, int overdue, int percentDone, List<ItemJson> items) {
    }

    @GetMapping("/api/v1/success-plans/{id}/checklist")
    @Operation(summary = "A plan's checklist with its progress", description = """
            Items by phase (the phase's position in the plan) and order: side customer (お客様) or us (自社), owner,
            dueOn (go-live + dueOffsetDays), done with who and when, notes. overdue counts open items due before
            today (Japan).""")
    ChecklistJson list(@PathVariable String id) {
        var planId = SuccessApi.pathId("successPlan", id);
        List<PlanItem> items = checklists.of(planId);
        ChecklistProgress p = checklists.progress(planId);
        return new ChecklistJson(p.done(), p.total(), p.overdue(), p.percent(),
                items.stream().map(ItemJson::of).toList());
    }

    record ItemRequest(Long version, Boolean done, String ownerUserId, Integer dueOffsetDays, String notes) {
    }

    @PatchMapping("/api/v1/success-plans/{id}/checklist/{itemId}")
    @Operation(summary = "Tick a checklist item or change its owner, due day or notes (members)", description = """
            done=true|false ticks it (who and when are kept); ownerUserId, dueOffsetDays (days from go-live,
            -730…730), notes. Fields not sent keep their value. version (or If-Match) is required; a stale one
            gets 409.""")
    ResponseEntity<ItemJson> update(@PathVariable String id, @PathVariable String itemId,
            @RequestBody ItemRequest body, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        var planId = SuccessApi.pathId("successPlan", id);
        var item = SuccessApi.pathId("successPlanItem", itemId);
        PlanItem after = checklists.item(planId, item);
        if (body.ownerUserId() != null || body.dueOffsetDays() != null || body.notes() != null) {
            after = checklists.update(planId, item, version, SuccessApi.id("ownerUserId", body.ownerUserId()),
                    body.dueOffsetDays(), body.notes());
            version = after.version();
        }
        if (body.done() != null && body.done() != after.done()) {
            after = checklists.tick(planId, item, version, body.done());
        } else if (body.done() != null && after.version() != version) {
            throw new dev.kizuna.platform.api.StaleVersionException("successPlanItem", item);
        }
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ItemJson.of(after));
    }
}
