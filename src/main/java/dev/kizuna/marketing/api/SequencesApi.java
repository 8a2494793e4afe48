package dev.kizuna.marketing.api;

import java.time.Instant;
import java.util.List;

import dev.kizuna.marketing.SequenceEnrollment;
import dev.kizuna.marketing.StepSequence;
import dev.kizuna.marketing.StepSequenceDraft;
import dev.kizuna.marketing.StepSequences;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sequences}: step e-mails after a trigger, and who is going through them. */
@RestController
@Tag(name = "Marketing")
class SequencesApi {

    private static final String FIELDS = """
            name, trigger (first_purchase, subscription_start, f2_reached, birthday_month, no_order), triggerDays
            (no_order: days without an order, 1–3650), segmentId (optional: leaving it stops the sequence), active,
            steps [{delayDays (0–365, after the trigger or the step before), businessDays (true: Japanese business
            days, and the mail goes on a business day), templateId}] (1–20).""";

    private final StepSequences sequences;

    SequencesApi(StepSequences sequences) {
        this.sequences = sequences;
    }

    record StepJson(int position, int delayDays, boolean businessDays, String templateId, String templateName) {
    }

    record SequenceJson(String id, String name, String trigger, Integer triggerDays, String segmentId, boolean active,
            List<StepJson> steps, long version, Instant createdAt, Instant updatedAt) {
        static SequenceJson of(StepSequence q) {
            return new SequenceJson(q.id().toString(), q.name(), q.trigger(), q.triggerDays(),
                    q.segmentId() == null ? null : q.segmentId().toString(), q.active(), q.steps().stream()
                            .map(s -> new StepJson(s.position(), s.delayDays(), s.businessDays(),
                                    s.templateId().toString(), s.templateName())).toList(),
                    q.version(), q.createdAt(), q.updatedAt());
        }
    }

    record StepRequest(Integer delayDays, Boolean businessDays, String templateId) {
    }

    record SequenceRequest(Long version, String name, String trigger, Integer triggerDays, String segmentId,
            Boolean active, List<StepRequest> steps) {
        StepSequenceDraft draft() {
            List<StepSequenceDraft.StepDraft> drafts = steps == null ? null
                    : java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> new StepSequenceDraft.StepDraft(
                            steps.get(i) == null ? null : steps.get(i).delayDays(),
                            steps.get(i) == null ? null : steps.get(i).businessDays(),
                            steps.get(i) == null ? null : ApiValues.optionalId("steps[" + i + "].templateId",
                                    steps.get(i).templateId()))).toList();
            return new StepSequenceDraft(name, trigger, triggerDays, ApiValues.optionalId("segmentId", segmentId),
                    active, drafts);
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/sequences")
    @Operation(summary = "Step sequences by name, keyset-paged")
    CursorPage<SequenceJson> list(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return sequences.list(PageQuery.of(limit, cursor)).map(SequenceJson::of);
    }

    @GetMapping("/api/v1/sequences/{id}")
    ResponseEntity<SequenceJson> get(@PathVariable String id) {
        return answer(sequences.find(ApiValues.pathId("step_sequence", id)));
    }

    @PostMapping("/api/v1/sequences")
    @Operation(summary = "Create a step sequence (members)", description = FIELDS)
    ResponseEntity<SequenceJson> create(@RequestBody SequenceRequest body) {
        StepSequence q = sequences.create(body.draft());
        return VersionedAnswers.created("/api/v1/sequences", q.id(), q.version(), SequenceJson.of(q));
    }

    @PatchMapping("/api/v1/sequences/{id}")
    @Operation(summary = "Change a step sequence (members)", description = "version (or If-Match). " + FIELDS)
    ResponseEntity<SequenceJson> update(@PathVariable String id, @RequestBody SequenceRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(sequences.change(ApiValues.pathId("step_sequence", id), version, body.draft()));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/api/v1/sequences/{id}/stop")
    @Operation(summary = "Stop a step sequence (members)", description = """
            version (or If-Match) required; a stale one gets 409. No trigger starts it any more and everyone going
            through it stops at once (their mail log stays; each enrolment ends as stopped, "sequence inactive").
            The stop is in the audit log. Restart with /restart.""")
    ResponseEntity<SequenceJson> stop(@PathVariable String id,
            @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(sequences.stop(ApiValues.pathId("step_sequence", id), version(body, ifMatch)));
    }

    @PostMapping("/api/v1/sequences/{id}/restart")
    @Operation(summary = "Restart a stopped step sequence (members)", description = """
            version (or If-Match) required. Customers start again on their next trigger.""")
    ResponseEntity<SequenceJson> restart(@PathVariable String id,
            @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(sequences.restart(ApiValues.pathId("step_sequence", id), version(body, ifMatch)));
    }

    @DeleteMapping("/api/v1/sequences/{id}")
    @Operation(summary = "Delete a step sequence nobody has gone through (members)", description = """
            204. A sequence customers went through keeps their enrolments and mail log: 409 (in-use,
            errors[0] = sequence MarketingSequenceInUse) — stop it instead. The deletion is in the audit log.""")
    ResponseEntity<Void> delete(@PathVariable String id) {
        sequences.delete(ApiValues.pathId("step_sequence", id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/sequences/{id}/enrollments")
    @Operation(summary = "Who is going through the sequence (the latest 200): active with the next step's day,"
            + " finished, or stopped with the reason")
    Items<SequenceEnrollment> enrollments(@PathVariable String id, @RequestParam(required = false) String companyId) {
        return new Items<>(sequences.enrollments(ApiValues.pathId("step_sequence", id),
                ApiValues.optionalId("companyId", companyId)));
    }

    private static long version(VersionRequest body, String ifMatch) {
        return Versions.required(body == null ? null : body.version(), ifMatch);
    }

    private static ResponseEntity<SequenceJson> answer(StepSequence q) {
        return VersionedAnswers.ok(q.version(), SequenceJson.of(q));
    }
}
