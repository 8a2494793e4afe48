package dev.kizuna.success.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.Meeting;
import dev.kizuna.success.MeetingAction;
import dev.kizuna.success.MeetingDraft;
import dev.kizuna.success.Meetings;
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

/** {@code /api/v1/meetings}: success meetings, planning them and recording them as held. */
@RestController
@Tag(name = "Customer success")
class MeetingsApi {

    private final Meetings meetings;

    MeetingsApi(Meetings meetings) {
        this.meetings = meetings;
    }

    record ActionJson(String title, String ownerUserId, LocalDate dueOn, String boardId, String taskId) {
    }

    record MeetingJson(String id, String companyId, String planId, String kind, String status, boolean proposed,
            String anchor, OffsetDateTime startsAt, String agenda, String minutes, String decisions,
            List<String> attendeeUserIds, List<String> attendeeContactIds, String activityId, OffsetDateTime heldAt,
            List<ActionJson> actions, long version) {
        static MeetingJson of(Meeting m, List<MeetingAction> actions) {
            return new MeetingJson(m.id().toString(), m.companyId().toString(), SuccessApi.str(m.planId()), m.kind(),
                    m.status(), m.proposed(), m.anchor(), SuccessApi.out(m.startsAt()), m.agenda(), m.minutes(),
                    m.decisions(), m.attendeeUserIds().stream().map(UUID::toString).toList(),
                    m.attendeeContactIds().stream().map(UUID::toString).toList(), SuccessApi.str(m.activityId()),
                    SuccessApi.out(m.heldAt()), actions == null ? null : actions.stream().map(a -> new ActionJson(
                            a.title(), SuccessApi.str(a.ownerUserId()), a.dueOn(), null, SuccessApi.str(a.taskId())))
                            .toList(), m.version());
        }
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Success meetings by start time, keyset-paged", description = """
            filter[companyId], filter[planId], filter[status] (planned | held | cancelled), filter[from],
            filter[to] (ISO-8601 times with offset; from inclusive, to exclusive).""")
    @ListFilters({"companyId", "planId", "status", "from", "to"})
    CursorPage<MeetingJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Map<String, String[]> p = request.getParameterMap();
        return meetings.list(SuccessApi.id("filter[companyId]", SuccessApi.param(p, "companyId")),
                SuccessApi.id("filter[planId]", SuccessApi.param(p, "planId")), SuccessApi.param(p, "status"),
                SuccessApi.time("filter[from]", SuccessApi.param(p, "from")),
                SuccessApi.time("filter[to]", SuccessApi.param(p, "to")), PageQuery.of(limit, cursor))
                .map(m -> MeetingJson.of(m, null));
    }

    @GetMapping("/api/v1/meetings/{id}")
    ResponseEntity<MeetingJson> get(@PathVariable String id) {
        Meeting m = meetings.find(SuccessApi.pathId("meeting", id));
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(MeetingJson.of(m, meetings.actions(m.id())));
    }

    record MeetingRequest(Long version, String companyId, String kind, String startsAt, String agenda,
            List<String> attendeeUserIds, List<String> attendeeContactIds, String status) {

        MeetingDraft merge(Meeting base) {
            return new MeetingDraft(base == null ? SuccessApi.id("companyId", companyId) : base.companyId(),
                    kind == null && base != null ? base.kind() : kind,
                    startsAt == null && base != null ? base.startsAt() : SuccessApi.time("startsAt", startsAt),
                    agenda == null && base != null ? base.agenda() : agenda,
                    attendeeUserIds == null ? base == null ? List.of() : base.attendeeUserIds()
                            : attendeeUserIds.stream().map(u -> SuccessApi.id("attendeeUserIds", u)).toList(),
                    attendeeContactIds == null ? base == null ? List.of() : base.attendeeContactIds()
                            : attendeeContactIds.stream().map(u -> SuccessApi.id("attendeeContactIds", u)).toList());
        }
    }

    @PostMapping("/api/v1/meetings")
    @Operation(summary = "Plan a meeting (members)", description = """
            companyId, kind (kickoff | review | regular | other), startsAt (ISO-8601 with offset), agenda,
            attendeeUserIds, attendeeContactIds (the customer's contacts). It joins the customer's success plan.""")
    ResponseEntity<MeetingJson> create(@RequestBody MeetingRequest body) {
        Meeting created = meetings.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
                .eTag(Versions.etag(created.version())).body(MeetingJson.of(created, List.of()));
    }

    @PatchMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Move, change or cancel a planned meeting (members)", description = """
            Fields not sent keep their value; status=cancelled cancels. A proposed review moved by hand no longer
            follows the go-live date. version (or If-Match) is required; a stale one gets 409.""")
    ResponseEntity<MeetingJson> update(@PathVariable String id, @RequestBody MeetingRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Meeting before = meetings.find(SuccessApi.pathId("meeting", id));
        Meeting after = meetings.update(before.id(), version, body.merge(before), body.status());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(MeetingJson.of(after, List.of()));
    }

    record HoldRequest(Long version, String minutes, String decisions, List<ActionJson> actions) {
    }

    @PostMapping("/api/v1/meetings/{id}/held")
    @Operation(summary = "Record a planned meeting as held (members)", description = """
            minutes (required), decisions, actions [{title, ownerUserId, dueOn, boardId}]: each next action becomes
            a task on its board; the minutes go on the customer's timeline. All or nothing. version (or If-Match)
            is required; a stale one gets 409.""")
    ResponseEntity<MeetingJson> hold(@PathVariable String id, @RequestBody HoldRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        UUID meetingId = SuccessApi.pathId("meeting", id);
        List<ActionJson> raw = body.actions() == null ? List.of() : body.actions();
        List<MeetingAction> actions = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ActionJson a = raw.get(i);
            String f = "actions[" + i + "].";
            actions.add(new MeetingAction(a.title(), SuccessApi.id(f + "ownerUserId", a.ownerUserId()), a.dueOn(),
                    SuccessApi.id(f + "boardId", a.boardId()), null));
        }
        Meeting held = meetings.hold(meetingId, version, body.minutes(), body.decisions(), actions);
        return ResponseEntity.ok().eTag(Versions.etag(held.version()))
                .body(MeetingJson.of(held, meetings.actions(held.id())));
    }
}
