package dev.kizuna.work.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.work.TargetList;
import dev.kizuna.work.TargetListDraft;
import dev.kizuna.work.TargetLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/**
 * {@code /api/v1/target-lists}: everyone reads target lists; managers and administrators create, change, refresh
 * and reorder them.
 */
@RestController
@Tag(name = "Target lists")
class TargetListsApi {

    private final TargetLists lists;

    TargetListsApi(TargetLists lists) {
        this.lists = lists;
    }

    record TargetListJson(String id, String name, String description, String query, String viewId, String orderField,
            boolean orderDesc, int perDay, String refresh, String feedKind, String boardId, String playbookId,
            String target, boolean active, OffsetDateTime refreshedAt, String nextRefreshOn, int waiting, int fed,
            long version, String feedMode) {
        static TargetListJson of(TargetList l) {
            return new TargetListJson(l.id().toString(), l.name(), l.description(), l.query(), WorkApi.str(l.viewId()),
                    l.orderField(), l.orderDesc(), l.perDay(), l.refresh(), l.feedKind(), WorkApi.str(l.boardId()),
                    WorkApi.str(l.playbookId()), l.target(), l.active(), WorkApi.time(l.refreshedAt()),
                    l.nextRefreshOn() == null ? null : l.nextRefreshOn().toString(), l.waiting(), l.fed(), l.version(), l.feedMode());
        }
    }

    record MemberJson(String companyId, String companyName, int position, String fedOn, String taskId, String runId) {
        static MemberJson of(TargetList.Member m) {
            return new MemberJson(m.companyId().toString(), m.companyName(), m.position(),
                    m.fedOn() == null ? null : m.fedOn().toString(), WorkApi.str(m.taskId()), WorkApi.str(m.runId()));
        }
    }

    record Items<T>(List<T> items) {
    }

    record Page<T>(List<T> items, String nextCursor) {
    }

    @GetMapping("/api/v1/target-lists")
    Items<TargetListJson> list(@RequestParam(defaultValue = "false") boolean includeInactive) {
        return new Items<>(lists.list(includeInactive).stream().map(TargetListJson::of).toList());
    }

    @GetMapping("/api/v1/target-lists/{id}")
    ResponseEntity<TargetListJson> get(@PathVariable String id) {
        TargetList l = lists.find(WorkApi.pathId("target-list", id));
        return ResponseEntity.ok().eTag(Versions.etag(l.version())).body(TargetListJson.of(l));
    }

    @GetMapping("/api/v1/target-lists/{id}/members")
    @Operation(summary = "The customers of a list", description = """
            state=waiting (default): the customers still to feed, in feeding order, keyset-paged (limit, cursor);
            state=fed: the last ones fed (up to limit), latest first, with the task or run each became.""")
    Page<MemberJson> members(@PathVariable String id, @RequestParam(defaultValue = "waiting") String state,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        var listId = WorkApi.pathId("target-list", id);
        PageQuery page = PageQuery.of(limit, cursor);
        if ("fed".equals(state)) {
            return new Page<>(lists.fed(listId, page.limit()).stream().map(MemberJson::of).toList(), null);
        }
        CursorPage<TargetList.Member> p = lists.waiting(listId, page);
        return new Page<>(p.items().stream().map(MemberJson::of).toList(), p.nextCursor());
    }

    record TargetListRequest(Long version, String name, String description, String query, String viewId,
            String orderField, Boolean orderDesc, Integer perDay, String refresh, String feedKind, String boardId,
            String playbookId, Boolean active, String feedMode) {

        TargetListDraft merge(TargetList b) {
            return new TargetListDraft(name == null ? b == null ? null : b.name() : name,
                    description == null ? b == null ? "" : b.description() : description,
                    query == null ? b == null ? "" : b.query() : query,
                    viewId == null ? null : WorkApi.id("viewId", viewId),
                    orderField == null ? b == null ? null : b.orderField() : orderField,
                    orderDesc == null ? b != null && b.orderDesc() : orderDesc,
                    perDay == null ? b == null ? null : b.perDay() : perDay,
                    refresh == null ? b == null ? null : b.refresh() : refresh,
                    feedKind == null ? b == null ? null : b.feedKind() : feedKind,
                    boardId == null ? b == null ? null : b.boardId() : WorkApi.id("boardId", boardId),
                    playbookId == null ? b == null ? null : b.playbookId() : WorkApi.id("playbookId", playbookId),
                    active == null ? b == null || b.active() : active,
                    feedMode == null ? b == null ? null : b.feedMode() : feedMode);
        }
    }

    @PostMapping("/api/v1/target-lists")
    @Operation(summary = "Create a target list (managers and administrators)", description = """
            name (unique); query: the customers list's query string, e.g.
            filter[employeeCount][gte]=30&filter[customFields.print_orders]=false (or viewId: a saved customers
            view); orderField: a customers sort name (employeeCount, annualRevenue, customFields.<key>…) with
            orderDesc, or empty for order by hand; perDay (1–100, default 1); refresh monthly (default) | weekly |
            never; feedKind board (boardId: a task each) | playbook (playbookId: a run each); feedMode daily
            (default: perDay a business day, each customer once) | period (a schedule: at each weekly or monthly
            refresh, on the first business day it is due, every customer matching is fed again). The filter is
            evaluated at once. Problems name the field (problem+json).""")
    ResponseEntity<TargetListJson> create(@RequestBody TargetListRequest body) {
        TargetList created = lists.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/target-lists/" + created.id()))
                .eTag(Versions.etag(created.version())).body(TargetListJson.of(created));
    }

    @PatchMapping("/api/v1/target-lists/{id}")
    @Operation(summary = "Change a target list (managers and administrators)", description = """
            Fields not sent keep their value; a changed query or order is re-evaluated at once. version (or
            If-Match) is required; a stale one gets 409.""")
    ResponseEntity<TargetListJson> update(@PathVariable String id, @RequestBody TargetListRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        TargetList before = lists.find(WorkApi.pathId("target-list", id));
        TargetList after = lists.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(TargetListJson.of(after));
    }

    record ActionRequest(Long version, String companyId) {
    }

    @PostMapping("/api/v1/target-lists/{id}/refresh")
    @Operation(summary = "Re-evaluate the filter now", description = """
            New matches join, waiting customers that no longer match leave, fed ones stay. version required (409
            when stale).""")
    TargetListJson refresh(@PathVariable String id, @RequestBody ActionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return TargetListJson.of(lists.refresh(WorkApi.pathId("target-list", id),
                Versions.required(body.version(), ifMatch)));
    }

    @PostMapping("/api/v1/target-lists/{id}/move-up")
    @Operation(summary = "Move a waiting customer one place up (lists ordered by hand)")
    TargetListJson moveUp(@PathVariable String id, @RequestBody ActionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return TargetListJson.of(lists.move(WorkApi.pathId("target-list", id), Versions.required(body.version(), ifMatch),
                WorkApi.id("companyId", body.companyId()), true));
    }

    @PostMapping("/api/v1/target-lists/{id}/move-down")
    @Operation(summary = "Move a waiting customer one place down (lists ordered by hand)")
    TargetListJson moveDown(@PathVariable String id, @RequestBody ActionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return TargetListJson.of(lists.move(WorkApi.pathId("target-list", id), Versions.required(body.version(), ifMatch),
                WorkApi.id("companyId", body.companyId()), false));
    }
}
