package dev.kizuna.work.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Versions;
import dev.kizuna.work.Playbook;
import dev.kizuna.work.PlaybookDraft;
import dev.kizuna.work.PlaybookRun;
import dev.kizuna.work.PlaybookStep;
import dev.kizuna.work.Playbooks;
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
 * {@code /api/v1/playbooks} and {@code /api/v1/playbook-runs}: everyone reads; managers write playbooks; members
 * start, pause, resume, skip and cancel runs.
 */
@RestController
@Tag(name = "Playbooks")
class PlaybooksApi {

    private final Playbooks playbooks;

    PlaybooksApi(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    record PlaybookJson(String id, String key, String name, String description, String trigger, String triggerType,
            String skipTag, int currentVersion, boolean active, boolean builtin, List<PlaybookStep> steps,
            long version) {
        static PlaybookJson of(Playbook p) {
            return new PlaybookJson(p.id().toString(), p.key(), p.name(), p.description(), p.trigger(),
                    p.triggerType(), p.skipTag(), p.currentVersion(), p.active(), p.builtin(), p.steps(), p.version());
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/playbooks")
    Items<PlaybookJson> list() {
        return new Items<>(playbooks.list().stream().map(PlaybookJson::of).toList());
    }

    @GetMapping("/api/v1/playbooks/{id}")
    ResponseEntity<PlaybookJson> get(@PathVariable String id) {
        Playbook p = playbooks.find(WorkApi.pathId("playbook", id));
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(PlaybookJson.of(p));
    }

    record PlaybookRequest(Long version, String name, String description, String trigger, String triggerType,
            String skipTag, Boolean active, List<PlaybookStep> steps) {
        PlaybookDraft merge(Playbook b) {
            return new PlaybookDraft(name != null ? name : b == null ? null : b.name(),
                    description != null ? description : b == null ? "" : b.description(),
                    trigger != null ? trigger : b == null ? "manual" : b.trigger(),
                    triggerType != null ? triggerType : b == null ? null : b.triggerType(),
                    skipTag != null ? skipTag : b == null ? null : b.skipTag(),
                    active != null ? active : b == null || b.active(),
                    steps != null ? steps : b == null ? List.of() : b.steps());
        }
    }

    @PostMapping("/api/v1/playbooks")
    @Operation(summary = "Create a playbook (managers and administrators)", description = """
            steps: [{kind, title, role, board, details, checklist, limit, onLimit, then, waitDays, waitUntil, waitFor,
            subject, body, targetMinutes}], kinds task | checklist | timed | call | email | wait | post | goto | branch |
            chat | item (see docs/api.md; waitFor anchor and item steps are dated from a run's anchor, which success
            plans set to go-live). trigger: manual | activity_type (with triggerType, an activity type name such as 受注確認) |
            deal_won | customer_created; skipTag leaves out customers carrying that tag.""")
    ResponseEntity<PlaybookJson> create(@RequestBody PlaybookRequest body) {
        Playbook p = playbooks.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/playbooks/" + p.id())).eTag(Versions.etag(p.version()))
                .body(PlaybookJson.of(p));
    }

    @PatchMapping("/api/v1/playbooks/{id}")
    @Operation(summary = "Change a playbook (managers and administrators)", description = """
            Changed steps make a new version (currentVersion + 1); runs already going keep the version they started
            on. version (or If-Match) is required; a stale one gets 409.""")
    ResponseEntity<PlaybookJson> update(@PathVariable String id, @RequestBody PlaybookRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Playbook before = playbooks.find(WorkApi.pathId("playbook", id));
        Playbook after = playbooks.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(PlaybookJson.of(after));
    }

    @PostMapping("/api/v1/playbooks/built-ins")
    @Operation(summary = "Install seed 000's five flows (administrators)", description = """
            Adds the built-in Japanese playbooks (★リピート×未使用, ★BSG受注アイテム登録, ★旧から新への移行作業,
            ★印刷発注のない既存客への営業, ★カスタマーサクセス) with the job roles and boards they name, where missing.""")
    Map<String, Integer> installBuiltIns() {
        return Map.of("added", playbooks.installBuiltIns());
    }

    record RunJson(String id, String playbookId, String playbookName, int playbookVersion, String companyId,
            String companyName, String dealId, String status, int step, int stepCount, String stepTitle,
            String stepRole, String stepKind, int iteration, String taskId, String waitFor, OffsetDateTime dueAt,
            int attempts, String lastError, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static RunJson of(PlaybookRun r) {
            return new RunJson(r.id().toString(), r.playbookId().toString(), r.playbookName(), r.versionNumber(),
                    WorkApi.str(r.companyId()), r.companyName(), WorkApi.str(r.dealId()), r.status(), r.step(),
                    r.stepCount(), r.stepTitle(), r.stepRole(), r.stepKind(), r.iteration(), WorkApi.str(r.taskId()),
                    r.waitFor(), WorkApi.time(r.dueAt()), r.attempts(), r.lastError(), r.version(),
                    WorkApi.time(r.createdAt()), WorkApi.time(r.updatedAt()));
        }
    }

    @GetMapping("/api/v1/playbook-runs")
    @Operation(summary = "Playbook runs", description = """
            status = open | running | waiting | paused | done | cancelled | failed (failed: the errors view — steps
            that kept failing after retries); companyId. At most limit (default 50, max 200).""")
    Items<RunJson> runs(@RequestParam(required = false) String status, @RequestParam(required = false) String companyId,
            @RequestParam(defaultValue = "50") int limit) {
        return new Items<>(playbooks.runs(status, WorkApi.id("companyId", companyId), Math.max(1, Math.min(limit, 200)))
                .stream().map(RunJson::of).toList());
    }

    @GetMapping("/api/v1/playbook-runs/{id}")
    ResponseEntity<RunJson> run(@PathVariable String id) {
        PlaybookRun r = playbooks.run(WorkApi.pathId("playbookRun", id));
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(RunJson.of(r));
    }

    record EventJson(String id, OffsetDateTime at, Integer step, String kind, String detail, String actorName) {
    }

    @GetMapping("/api/v1/playbook-runs/{id}/history")
    Items<EventJson> history(@PathVariable String id) {
        UUID runId = WorkApi.pathId("playbookRun", id);
        playbooks.run(runId);
        return new Items<>(playbooks.history(runId).stream().map(e -> new EventJson(e.id().toString(),
                WorkApi.time(e.at()), e.step(), e.kind(), e.detail(), e.actorName())).toList());
    }

    record StartRequest(String playbookId, String companyId, String dealId) {
    }

    @PostMapping("/api/v1/playbook-runs")
    @Operation(summary = "Start a playbook on a customer (members and above)")
    ResponseEntity<RunJson> start(@RequestBody StartRequest body) {
        PlaybookRun r = playbooks.start(WorkApi.pathId("playbook", String.valueOf(body.playbookId())),
                WorkApi.id("companyId", body.companyId()), WorkApi.id("dealId", body.dealId()));
        return ResponseEntity.created(URI.create("/api/v1/playbook-runs/" + r.id())).eTag(Versions.etag(r.version()))
                .body(RunJson.of(r));
    }

    record ActRequest(Long version, String reason) {
    }

    @PostMapping("/api/v1/playbook-runs/{id}/{action}")
    @Operation(summary = "Pause, resume, skip (with reason) or cancel a run (members and above)", description = """
            action = pause | resume | skip | cancel. version (or If-Match) is required; a stale one gets 409.""")
    ResponseEntity<RunJson> act(@PathVariable String id, @PathVariable String action, @RequestBody ActRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        UUID runId = WorkApi.pathId("playbookRun", id);
        PlaybookRun r = switch (action) {
            case "pause" -> playbooks.pause(runId, version);
            case "resume" -> playbooks.resume(runId, version);
            case "skip" -> playbooks.skip(runId, version, body.reason());
            case "cancel" -> playbooks.cancel(runId, version, body.reason());
            default -> throw new dev.kizuna.platform.api.NotFoundException("action", action);
        };
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(RunJson.of(r));
    }
}
