package dev.kizuna.work.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.work.ChecklistItem;
import dev.kizuna.work.Task;
import dev.kizuna.work.TaskComment;
import dev.kizuna.work.TaskDraft;
import dev.kizuna.work.TaskEvent;
import dev.kizuna.work.TaskFilter;
import dev.kizuna.work.TaskTimers;
import dev.kizuna.work.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tasks}: everyone reads tasks; members and above create, change, move, take and comment. */
@RestController
@Tag(name = "Boards and tasks")
class TasksApi {

    private final Tasks tasks;
    private final TaskTimers timers;

    TasksApi(Tasks tasks, TaskTimers timers) {
        this.tasks = tasks;
        this.timers = timers;
    }

    record TaskJson(String id, String boardId, String boardName, String title, String details, String ownerRoleId,
            String ownerRoleName, String ownerUserId, String ownerUserName, String requesterId, String requesterName,
            String companyId, String companyName, String dealId, String dealName, String orderId, String orderNumber,
            LocalDate dueOn, LocalTime dueTime,
            String priority, String status, int checklistDone, int checklistTotal, OffsetDateTime closedAt,
            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static TaskJson of(Task t) {
            return new TaskJson(t.id().toString(), t.boardId().toString(), t.boardName(), t.title(), t.details(),
                    WorkApi.str(t.ownerRoleId()), t.ownerRoleName(), WorkApi.str(t.ownerUserId()), t.ownerUserName(),
                    WorkApi.str(t.requesterId()), t.requesterName(), WorkApi.str(t.companyId()), t.companyName(),
                    WorkApi.str(t.dealId()), t.dealName(), WorkApi.str(t.orderId()), t.orderNumber(), t.dueOn(),
                    t.dueTime(), t.priority().code(),
                    t.status().code(), t.checklistDone(), t.checklistTotal(), WorkApi.time(t.closedAt()), t.version(),
                    WorkApi.time(t.createdAt()), WorkApi.time(t.updatedAt()));
        }
    }

    @GetMapping("/api/v1/tasks")
    @Operation(summary = "Tasks, keyset-paged", description = """
            view = mine (open tasks of the caller, across boards) | overdue (open, due before today, by due day) |
            unowned (open, handed to a role, not yet taken); filters (filter[x]=… or x=…): boardId, status
            (open | todo | doing | done | cancelled), ownerUserId, ownerRoleId, companyId, orderId. Oldest first.""")
    @ListFilters({"view", "boardId", "status", "ownerUserId", "ownerRoleId", "companyId", "orderId"})
    CursorPage<TaskJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return tasks.list(TaskFilter.fromParameters(request.getParameterMap()), PageQuery.of(limit, cursor))
                .map(TaskJson::of);
    }

    @GetMapping("/api/v1/tasks/{id}")
    ResponseEntity<TaskJson> get(@PathVariable String id) {
        Task t = tasks.find(WorkApi.pathId("task", id));
        return ResponseEntity.ok().eTag(Versions.etag(t.version())).body(TaskJson.of(t));
    }

    record TaskRequest(Long version, String boardId, String title, String details, String ownerRoleId,
            String ownerUserId, String companyId, String dealId, String orderId, LocalDate dueOn, LocalTime dueTime,
            Integer dueInBusinessDays, String priority, List<String> checklist) {

        TaskDraft merge(TaskDraft b) {
            return new TaskDraft(boardId == null ? b.boardId() : WorkApi.id("boardId", boardId),
                    title == null ? b.title() : title, details == null ? b.details() : details,
                    ownerRoleId == null ? b.ownerRoleId() : WorkApi.id("ownerRoleId", ownerRoleId),
                    ownerUserId == null ? b.ownerUserId() : WorkApi.id("ownerUserId", ownerUserId),
                    companyId == null ? b.companyId() : WorkApi.id("companyId", companyId),
                    dealId == null ? b.dealId() : WorkApi.id("dealId", dealId),
                    orderId == null ? b.orderId() : WorkApi.id("orderId", orderId),
                    dueOn == null ? b.dueOn() : dueOn, dueTime == null ? b.dueTime() : dueTime, dueInBusinessDays,
                    priority == null ? b.priority() : priority, checklist == null ? List.of() : checklist);
        }
    }

    private static final TaskDraft EMPTY = new TaskDraft(null, null, null, null, null, null, null, null, null, null,
            null, List.of());

    @PostMapping("/api/v1/tasks")
    @Operation(summary = "Put a task on a board (members and above)", description = """
            Needs boardId and title. Owner: ownerRoleId (anyone holding the role may take it) and/or ownerUserId;
            with neither, the board's first role. Due: dueOn (YYYY-MM-DD) and dueTime (HH:MM), or
            dueInBusinessDays (0–250, skipping weekends and Japanese holidays). priority: low | normal | high |
            urgent. checklist: lines to tick off. orderId links an order (受注); its customer and deal fill
            companyId and dealId when those are not sent (an order of another customer: 422 WorkOrderElsewhere).""")
    ResponseEntity<TaskJson> create(@RequestBody TaskRequest body) {
        Task created = tasks.create(body.merge(EMPTY));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id()))
                .eTag(Versions.etag(created.version())).body(TaskJson.of(created));
    }

    @PatchMapping("/api/v1/tasks/{id}")
    @Operation(summary = "Change a task (members and above)", description = """
            Fields not sent keep their value; the status changes through POST /api/v1/tasks/{id}/move. version
            (or If-Match) is required; a stale one gets 409.""")
    ResponseEntity<TaskJson> update(@PathVariable String id, @RequestBody TaskRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Task before = tasks.find(WorkApi.pathId("task", id));
        Task after = tasks.update(before.id(), version, body.merge(TaskDraft.of(before)));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(TaskJson.of(after));
    }

    record MoveRequest(Long version, String status) {
    }

    @PostMapping("/api/v1/tasks/{id}/move")
    @Operation(summary = "Move a task to another status (members and above)", description = """
            status: todo (未着手) | doing (対応中) | done (完了) | cancelled (中止). version (or If-Match) is
            required; when someone changed the task since, the answer is 409 and nothing changes.""")
    ResponseEntity<TaskJson> move(@PathVariable String id, @RequestBody MoveRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Task moved = tasks.move(WorkApi.pathId("task", id), version, body.status());
        return ResponseEntity.ok().eTag(Versions.etag(moved.version())).body(TaskJson.of(moved));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/api/v1/tasks/{id}/take")
    @Operation(summary = "Take a task: it becomes the caller's (members and above)", description = """
            A task handed to a role may be taken by anyone holding that role (managers and administrators may
            take any); 未着手 becomes 対応中. version (or If-Match) is required.""")
    ResponseEntity<TaskJson> take(@PathVariable String id, @RequestBody VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Task taken = tasks.take(WorkApi.pathId("task", id), version);
        return ResponseEntity.ok().eTag(Versions.etag(taken.version())).body(TaskJson.of(taken));
    }

    record TimerRequest(String action, Long version) {
    }

    record TimerJson(String taskId, boolean running, OffsetDateTime startedAt, int workedSeconds,
            Integer targetMinutes, long version) {
    }

    @PostMapping("/api/v1/tasks/{id}/timer")
    @Operation(summary = "Start or stop a task's work timer (members and above)", description = """
            {"action":"start"|"stop","version":n}: stopping adds the time since it started to workedSeconds and
            records actual against targetMinutes on the task's history (and its playbook run's). version (or
            If-Match) is required; a stale one gets 409.""")
    ResponseEntity<TimerJson> timer(@PathVariable String id, @RequestBody TimerRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        dev.kizuna.platform.api.Check.of().required("action", body.action())
                .oneOf("action", body.action(), List.of("start", "stop")).verify();
        var taskId = WorkApi.pathId("task", id);
        var t = timers.timer(taskId, version, "start".equals(body.action()));
        return ResponseEntity.ok().eTag(Versions.etag(t.version())).body(new TimerJson(taskId.toString(), t.running(),
                WorkApi.time(t.startedAt()), t.workedSeconds(), t.targetMinutes(), t.version()));
    }

    @GetMapping("/api/v1/tasks/{id}/timer")
    @Operation(summary = "A task's work timer")
    TimerJson timer(@PathVariable String id) {
        var taskId = WorkApi.pathId("task", id);
        var t = timers.timer(taskId);
        return new TimerJson(taskId.toString(), t.running(), WorkApi.time(t.startedAt()), t.workedSeconds(),
                t.targetMinutes(), t.version());
    }

    record ItemJson(String id, int position, String label, boolean done, OffsetDateTime doneAt) {
        static ItemJson of(ChecklistItem i) {
            return new ItemJson(i.id().toString(), i.position(), i.label(), i.done(), WorkApi.time(i.doneAt()));
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/tasks/{id}/checklist")
    Items<ItemJson> checklist(@PathVariable String id) {
        UUID taskId = WorkApi.pathId("task", id);
        tasks.find(taskId);
        return new Items<>(tasks.checklist(taskId).stream().map(ItemJson::of).toList());
    }

    record ItemRequest(String label, Boolean done) {
    }

    @PostMapping("/api/v1/tasks/{id}/checklist")
    ResponseEntity<ItemJson> addItem(@PathVariable String id, @RequestBody ItemRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ItemJson.of(tasks.addChecklistItem(WorkApi.pathId("task", id), body.label())));
    }

    @PatchMapping("/api/v1/tasks/{id}/checklist/{itemId}")
    Items<ItemJson> check(@PathVariable String id, @PathVariable String itemId, @RequestBody ItemRequest body) {
        return new Items<>(tasks.check(WorkApi.pathId("task", id), WorkApi.pathId("checklistItem", itemId),
                Boolean.TRUE.equals(body.done())).stream().map(ItemJson::of).toList());
    }

    record CommentJson(String id, String authorId, String authorName, String body, List<String> mentions,
            OffsetDateTime createdAt) {
        static CommentJson of(TaskComment c) {
            return new CommentJson(c.id().toString(), WorkApi.str(c.authorId()), c.authorName(), c.body(),
                    c.mentions().stream().map(UUID::toString).toList(), WorkApi.time(c.createdAt()));
        }
    }

    @GetMapping("/api/v1/tasks/{id}/comments")
    Items<CommentJson> comments(@PathVariable String id) {
        UUID taskId = WorkApi.pathId("task", id);
        tasks.find(taskId);
        return new Items<>(tasks.comments(taskId).stream().map(CommentJson::of).toList());
    }

    record CommentRequest(String body) {
    }

    @PostMapping("/api/v1/tasks/{id}/comments")
    @Operation(summary = "Comment on a task (members and above)", description = """
            Everyone @mentioned by display name (with or without the space) or e-mail is notified in the app.""")
    ResponseEntity<CommentJson> comment(@PathVariable String id, @RequestBody CommentRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CommentJson.of(tasks.comment(WorkApi.pathId("task", id), body.body())));
    }

    record EventJson(String id, OffsetDateTime at, String actorName, String kind, String detail) {
    }

    @GetMapping("/api/v1/tasks/{id}/history")
    Items<EventJson> history(@PathVariable String id) {
        UUID taskId = WorkApi.pathId("task", id);
        tasks.find(taskId);
        return new Items<>(tasks.history(taskId).stream().map((TaskEvent e) -> new EventJson(e.id().toString(),
                WorkApi.time(e.at()), e.actorName(), e.kind(), e.detail())).toList());
    }
}
