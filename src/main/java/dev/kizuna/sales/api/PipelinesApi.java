package dev.kizuna.sales.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.sales.LostReason;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.Stage;
import dev.kizuna.sales.OrderMilestone;
import dev.kizuna.sales.StageDraft;
import dev.kizuna.sales.StageKind;
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

/** {@code /api/v1/pipelines} and {@code /api/v1/lost-reasons}: everyone reads them; administrators change them. */
@RestController
@Tag(name = "Pipelines")
class PipelinesApi {

    private final Pipelines pipelines;

    PipelinesApi(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    record StageJson(String id, String name, String nameEn, int position, String kind, int winProbability,
            Integer maxDays, String reachedOn, boolean terminal, boolean retired, long version) {
        static StageJson of(Stage s) {
            return new StageJson(s.id().toString(), s.name(), s.nameEn(), s.position(), s.kind().code(),
                    s.winProbability(), s.maxDays(), s.reachedOn() == null ? null : s.reachedOn().code(),
                    s.terminal(), s.retired(), s.version());
        }
    }

    record PipelineJson(String id, String name, String nameEn, int position, boolean retired, long version,
            List<StageJson> stages) {
        static PipelineJson of(Pipeline p) {
            return new PipelineJson(p.id().toString(), p.name(), p.nameEn(), p.position(), p.retired(), p.version(),
                    p.stages().stream().map(StageJson::of).toList());
        }
    }

    record PipelineList(List<PipelineJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/pipelines")
    @Operation(summary = "Pipelines with their stages, in order", description = """
            filter[retired]=true adds retired pipelines. Few enough for one page: nextCursor is always null.
            A stage's kind is open, won or lost; maxDays (null: no limit) is how long a deal may stay before it
            counts as stalled; terminal stages (lost, and the last won stage) end the owner's work. reachedOn
            (won stages only: delivery or payment, null: by hand) moves a deal to that stage when its order is
            delivered (納品) or fully paid (入金), at most one stage of a pipeline for each.""")
    PipelineList list(@RequestParam(name = "filter[retired]", defaultValue = "false") boolean retired) {
        return new PipelineList(pipelines.list(retired).stream().map(PipelineJson::of).toList(), null);
    }

    @GetMapping("/api/v1/pipelines/{id}")
    ResponseEntity<PipelineJson> get(@PathVariable String id) {
        Pipeline p = pipelines.find(ApiValues.pathId("pipeline", id));
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(PipelineJson.of(p));
    }

    record StageRequest(Long version, String name, String nameEn, String kind, Integer winProbability,
            Integer maxDays, String reachedOn, Boolean retired) {
        /** {@code prefix} names the stage in problems: "" for one stage, "stages[2]." in a new pipeline. */
        StageDraft draft(String prefix) {
            return new StageDraft(name, nameEn, kind(prefix), winProbability, maxDays, milestone(prefix));
        }

        private OrderMilestone milestone(String prefix) {
            try {
                return OrderMilestone.ofCode(reachedOn);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(FieldProblem.of(prefix + "reachedOn", "OneOf", "delivery, payment"));
            }
        }

        private StageKind kind(String prefix) {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            try {
                return StageKind.ofCode(kind);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(FieldProblem.of(prefix + "kind", "OneOf", "open, won, lost"));
            }
        }
    }

    record CreateRequest(String name, String nameEn, List<StageRequest> stages) {
    }

    @PostMapping("/api/v1/pipelines")
    @Operation(summary = "Create a pipeline with its stages (administrators)",
            description = "Needs at least one open, one won and one lost stage.")
    ResponseEntity<PipelineJson> create(@RequestBody CreateRequest body) {
        List<StageRequest> stages = body.stages() == null ? List.of() : body.stages();
        Pipeline created = pipelines.create(body.name(), body.nameEn(),
                java.util.stream.IntStream.range(0, stages.size())
                        .mapToObj(i -> stages.get(i).draft("stages[" + i + "].")).toList());
        return ResponseEntity.created(URI.create("/api/v1/pipelines/" + created.id()))
                .eTag(Versions.etag(created.version())).body(PipelineJson.of(created));
    }

    record ChangeRequest(Long version, String name, String nameEn, Boolean retired) {
    }

    @PatchMapping("/api/v1/pipelines/{id}")
    @Operation(summary = "Rename, retire or reinstate a pipeline (administrators)",
            description = "Send version in the body or If-Match; a stale one gets 409.")
    ResponseEntity<PipelineJson> update(@PathVariable String id, @RequestBody ChangeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Pipeline p = pipelines.find(ApiValues.pathId("pipeline", id));
        Pipeline after = pipelines.update(p.id(), version, body.name() == null ? p.name() : body.name(),
                body.nameEn() == null ? p.nameEn() : body.nameEn(),
                body.retired() == null ? p.retired() : body.retired());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(PipelineJson.of(after));
    }

    @PostMapping("/api/v1/pipelines/{id}/stages")
    @Operation(summary = "Add a stage at the end of a pipeline (administrators)")
    ResponseEntity<StageJson> addStage(@PathVariable String id, @RequestBody StageRequest body) {
        Stage created = pipelines.addStage(ApiValues.pathId("pipeline", id), body.draft(""));
        return ResponseEntity.created(URI.create("/api/v1/pipelines/" + id + "/stages/" + created.id()))
                .eTag(Versions.etag(created.version())).body(StageJson.of(created));
    }

    @PatchMapping("/api/v1/pipelines/{id}/stages/{stageId}")
    @Operation(summary = "Change, retire or reinstate a stage (administrators)", description = """
            Fields not sent keep their value (maxDays: send 0 for no limit; reachedOn: send "" for by hand only).
            A stage holding active deals cannot be
            retired. Send version in the body or If-Match; a stale one gets 409.""")
    ResponseEntity<StageJson> updateStage(@PathVariable String id, @PathVariable String stageId,
            @RequestBody StageRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Stage s = pipelines.stage(ApiValues.pathId("stage", stageId));
        if (!s.pipelineId().toString().equals(id)) {
            throw new NotFoundException("stage", stageId);
        }
        StageDraft sent = body.draft("");
        StageKind kind = body.kind() == null ? s.kind() : sent.kind();
        OrderMilestone reachedOn = body.reachedOn() == null ? s.reachedOn() : sent.reachedOn();
        Integer maxDays = body.maxDays() == null ? s.maxDays() : body.maxDays() == 0 ? null : body.maxDays();
        Stage after = pipelines.updateStage(s.id(), version, new StageDraft(
                body.name() == null ? s.name() : body.name(), body.nameEn() == null ? s.nameEn() : body.nameEn(), kind,
                body.winProbability() == null ? Integer.valueOf(s.winProbability()) : body.winProbability(), maxDays,
                reachedOn),
                body.retired() == null ? s.retired() : body.retired());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(StageJson.of(after));
    }

    record LostReasonJson(String id, String name, String nameEn, int position, boolean retired, long version) {
        static LostReasonJson of(LostReason r) {
            return new LostReasonJson(r.id().toString(), r.name(), r.nameEn(), r.position(), r.retired(), r.version());
        }
    }

    record LostReasonList(List<LostReasonJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/lost-reasons")
    @Operation(summary = "Lost reasons (失注理由), in order; filter[retired]=true adds retired ones")
    LostReasonList lostReasons(@RequestParam(name = "filter[retired]", defaultValue = "false") boolean retired) {
        return new LostReasonList(pipelines.lostReasons(retired).stream().map(LostReasonJson::of).toList(), null);
    }

    record LostReasonRequest(Long version, String name, String nameEn, Boolean retired) {
    }

    @PostMapping("/api/v1/lost-reasons")
    @Operation(summary = "Add a lost reason (administrators)")
    ResponseEntity<LostReasonJson> addLostReason(@RequestBody LostReasonRequest body) {
        LostReason created = pipelines.addLostReason(body.name(), body.nameEn());
        return ResponseEntity.created(URI.create("/api/v1/lost-reasons/" + created.id()))
                .eTag(Versions.etag(created.version())).body(LostReasonJson.of(created));
    }

    @PatchMapping("/api/v1/lost-reasons/{id}")
    @Operation(summary = "Rename, retire or reinstate a lost reason (administrators)",
            description = "name, nameEn, retired: each optional, absent = unchanged. version (or If-Match) required.")
    ResponseEntity<LostReasonJson> changeLostReason(@PathVariable String id, @RequestBody LostReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LostReason after = pipelines.changeLostReason(ApiValues.pathId("lost-reason", id), Versions.required(body.version(), ifMatch),
                body.name(), body.nameEn(), body.retired());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(LostReasonJson.of(after));
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
