package dev.kizuna.work.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.platform.api.Versions;
import dev.kizuna.work.Board;
import dev.kizuna.work.BoardDraft;
import dev.kizuna.work.Boards;
import dev.kizuna.work.Tasks;
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

/** {@code /api/v1/boards}: everyone reads boards; managers and administrators create and change them. */
@RestController
@Tag(name = "Boards and tasks")
class BoardsApi {

    private final Boards boards;
    private final Tasks tasks;

    BoardsApi(Boards boards, Tasks tasks) {
        this.boards = boards;
        this.tasks = tasks;
    }

    record RoleJson(String id, String name) {
    }

    record BoardJson(String id, String name, String description, String managerId, String managerName,
            int backlogDays, boolean retired, List<RoleJson> roles, long version) {
        static BoardJson of(Board b) {
            return new BoardJson(b.id().toString(), b.name(), b.description(), WorkApi.str(b.managerId()),
                    b.managerName(), b.backlogDays(), b.retired(),
                    b.roles().stream().map(r -> new RoleJson(r.id().toString(), r.name())).toList(), b.version());
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/boards")
    Items<BoardJson> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return new Items<>(boards.list(includeRetired).stream().map(BoardJson::of).toList());
    }

    @GetMapping("/api/v1/boards/{id}")
    ResponseEntity<BoardJson> get(@PathVariable String id) {
        Board b = boards.find(WorkApi.pathId("board", id));
        return ResponseEntity.ok().eTag(Versions.etag(b.version())).body(BoardJson.of(b));
    }

    record ColumnJson(String status, long count, List<TasksApi.TaskJson> tasks) {
    }

    record BoardViewJson(BoardJson board, List<ColumnJson> columns) {
    }

    @GetMapping("/api/v1/boards/{id}/columns")
    @Operation(summary = "A board as columns by status", description = """
            todo (未着手), doing (対応中), done (完了), cancelled (中止): each with its count and its first 50 tasks,
            oldest first; done and cancelled hold the tasks closed in the last 14 days.""")
    BoardViewJson columns(@PathVariable String id) {
        var view = tasks.board(WorkApi.pathId("board", id));
        return new BoardViewJson(BoardJson.of(view.board()), view.columns().stream()
                .map(c -> new ColumnJson(c.status().code(), c.count(),
                        c.tasks().stream().map(TasksApi.TaskJson::of).toList())).toList());
    }

    record BoardRequest(Long version, String name, String description, String managerId, Integer backlogDays,
            List<String> roleIds, Boolean retired) {

        BoardDraft merge(Board base) {
            return new BoardDraft(name == null ? base == null ? null : base.name() : name,
                    description == null ? base == null ? "" : base.description() : description,
                    managerId == null ? base == null ? null : base.managerId() : WorkApi.id("managerId", managerId),
                    backlogDays == null ? base == null ? null : base.backlogDays() : backlogDays,
                    roleIds == null ? base == null ? List.of() : base.roleIds()
                            : roleIds.stream().map(r -> WorkApi.id("roleIds", r)).toList());
        }
    }

    @PostMapping("/api/v1/boards")
    @Operation(summary = "Create a board (managers and administrators)", description = """
            name (unique), description, roleIds (the job roles it serves; a task without an owner goes to the
            first), managerId (alerted about backlog), backlogDays (1–30, default 2).""")
    ResponseEntity<BoardJson> create(@RequestBody BoardRequest body) {
        Board created = boards.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/boards/" + created.id()))
                .eTag(Versions.etag(created.version())).body(BoardJson.of(created));
    }

    @PatchMapping("/api/v1/boards/{id}")
    @Operation(summary = "Change, retire or reinstate a board (managers and administrators)", description = """
            Fields not sent keep their value; retired=true|false retires or reinstates. version (or If-Match)
            is required; a stale one gets 409.""")
    ResponseEntity<BoardJson> update(@PathVariable String id, @RequestBody BoardRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Board before = boards.find(WorkApi.pathId("board", id));
        Board after = body.retired() != null && body.retired() != before.retired()
                ? boards.retire(before.id(), version, body.retired())
                : boards.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(BoardJson.of(after));
    }
}
