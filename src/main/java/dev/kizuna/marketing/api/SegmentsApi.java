package dev.kizuna.marketing.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kizuna.marketing.Segment;
import dev.kizuna.marketing.SegmentCondition;
import dev.kizuna.marketing.SegmentDraft;
import dev.kizuna.marketing.SegmentMember;
import dev.kizuna.marketing.Segments;
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

/** {@code /api/v1/segments}: saved, dynamic customer filters, their count and members. */
@RestController
@Tag(name = "Marketing")
class SegmentsApi {

    private static final String CONDITIONS = """
            conditions: [{field, op, value}], all of which a member meets (at most 20). Fields: fStage (0–4), ltv (yen),
            paidOrders, rScore, fScore, mScore (1–5), lastOrderDays (gte: at least N days ago; lte: within N days),
            nextDeliveryDays (lte: a subscription delivers within N days), birthdayMonth (1–12), subscriptionStatus
            (active, paused, skipping, cancelled, none), prefecture, status, kind, tags (op any, all or none),
            emailOptIn, phoneOptIn, lineOptIn, postalOptOut (true/false), customFields.<key> (eq, gte, lte, contains).
            ops: eq, in (a list), gte, lte. An unknown field, op or unfit value is 422 naming conditions[i].field, .op
            or .value.""";

    private final Segments segments;

    SegmentsApi(Segments segments) {
        this.segments = segments;
    }

    record SegmentJson(String id, String name, String description, List<SegmentCondition> conditions, long version,
            Instant createdAt, Instant updatedAt) {
        static SegmentJson of(Segment s) {
            return new SegmentJson(s.id().toString(), s.name(), s.description(), s.conditions(), s.version(),
                    s.createdAt(), s.updatedAt());
        }
    }

    record SegmentRequest(Long version, String name, String description, List<SegmentCondition> conditions) {
        SegmentDraft draft() {
            return new SegmentDraft(name, description, conditions);
        }
    }

    record CountJson(long count) {
    }

    @GetMapping("/api/v1/segments")
    @Operation(summary = "Segments by name, keyset-paged")
    CursorPage<SegmentJson> list(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return segments.list(PageQuery.of(limit, cursor)).map(SegmentJson::of);
    }

    @GetMapping("/api/v1/segments/{id}")
    ResponseEntity<SegmentJson> get(@PathVariable String id) {
        return answer(segments.find(ApiValues.pathId("segment", id)));
    }

    @PostMapping("/api/v1/segments")
    @Operation(summary = "Save a segment (members)", description = "name (required), description, " + CONDITIONS)
    ResponseEntity<SegmentJson> create(@RequestBody SegmentRequest body) {
        Segment s = segments.create(body.draft());
        return VersionedAnswers.created("/api/v1/segments", s.id(), s.version(), SegmentJson.of(s));
    }

    @PatchMapping("/api/v1/segments/{id}")
    @Operation(summary = "Change a segment (members)", description = "version (or If-Match); what is left out stays. "
            + CONDITIONS)
    ResponseEntity<SegmentJson> update(@PathVariable String id, @RequestBody SegmentRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(segments.change(ApiValues.pathId("segment", id), version, body.draft()));
    }

    @DeleteMapping("/api/v1/segments/{id}")
    @Operation(summary = "Delete a segment (members); one a campaign or a sequence uses is 409")
    ResponseEntity<Void> delete(@PathVariable String id) {
        segments.delete(ApiValues.pathId("segment", id));
        return VersionedAnswers.deleted();
    }

    @GetMapping("/api/v1/segments/{id}/count")
    @Operation(summary = "How many customers are in the segment now")
    CountJson count(@PathVariable String id) {
        return new CountJson(segments.count(ApiValues.pathId("segment", id)));
    }

    @PostMapping("/api/v1/segments/count")
    @Operation(summary = "Count customers meeting conditions not saved yet (the editor's live count)",
            description = CONDITIONS)
    CountJson countConditions(@RequestBody SegmentRequest body) {
        return new CountJson(segments.count(body.conditions()));
    }

    @GetMapping("/api/v1/segments/{id}/members")
    @Operation(summary = "The segment's customers now, in furigana order, keyset-paged")
    CursorPage<SegmentMember> members(@PathVariable String id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return segments.members(ApiValues.pathId("segment", id), PageQuery.of(limit, cursor));
    }

    @GetMapping("/api/v1/segment-fields")
    @Operation(summary = "The built-in fields a segment condition may name (custom fields: customFields.<key>)")
    Map<String, List<String>> fields() {
        return Map.of("items", segments.fields());
    }

    private static ResponseEntity<SegmentJson> answer(Segment s) {
        return VersionedAnswers.ok(s.version(), SegmentJson.of(s));
    }
}
