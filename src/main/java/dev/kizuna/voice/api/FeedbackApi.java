package dev.kizuna.voice.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.voice.Feedback;
import dev.kizuna.voice.FeedbackDraft;
import dev.kizuna.voice.FeedbackFilter;
import dev.kizuna.voice.FeedbackItems;
import dev.kizuna.voice.FeedbackReplies;
import dev.kizuna.voice.FeedbackVote;
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

/** {@code /api/v1/feedback}: voice-of-the-customer items, their votes, merges and the replies that close the loop. */
@RestController
@Tag(name = "Voice of the customer")
class FeedbackApi {

    private final FeedbackItems items;
    private final FeedbackReplies replies;

    FeedbackApi(FeedbackItems items, FeedbackReplies replies) {
        this.items = items;
        this.replies = replies;
    }

    record FeedbackJson(String id, String kind, String body, String source, String productArea, String status,
            String statusReason, String mergedIntoId, String companyId, String companyName, String contactId,
            String contactName, String activityId, int votes, long revenueAtStake, int votesAtRisk, String currency,
            OffsetDateTime closedAt, OffsetDateTime createdAt, long version) {
        static FeedbackJson of(Feedback f) {
            return new FeedbackJson(f.id().toString(), f.kind(), f.body(), f.source(), f.productArea(), f.status(),
                    f.statusReason(), VoiceApi.str(f.mergedIntoId()), VoiceApi.str(f.companyId()), f.companyName(),
                    VoiceApi.str(f.contactId()), f.contactName(), VoiceApi.str(f.activityId()), f.voteCount(),
                    f.revenueAtStake(), f.votesAtRisk(), "JPY", VoiceApi.out(f.closedAt()), VoiceApi.out(f.createdAt()), f.version());
        }
    }

    record VoteJson(String id, String companyId, String companyName, String contactId, String contactName,
            long revenue, OffsetDateTime createdAt) {
        static VoteJson of(FeedbackVote v) {
            return new VoteJson(v.id().toString(), v.companyId().toString(), v.companyName(),
                    VoiceApi.str(v.contactId()), v.contactName(), v.revenue(), VoiceApi.out(v.createdAt()));
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/feedback")
    @Operation(summary = "Feedback items, ranked, keyset-paged", description = """
            filter[status] = received | considering | planned | done | declined | merged | open (not closed nor
            merged); filter[kind] = request (改善要望) | complaint (不満) | defect (不具合) | praise (お褒め);
            filter[source] = call | meeting | survey | postcard | email | web; filter[productArea];
            filter[companyId] (who first said it); filter[votedBy] (a customer who voted);
            sort = votes (default) | revenue (yearly contract revenue of the customers asking) | health (how many
            of the customers asking are in the health bands 危険 or 注意, then votes) | created, largest and newest
            first.""")
    @ListFilters({"status", "kind", "source", "productArea", "companyId", "votedBy"})
    CursorPage<FeedbackJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        return items.list(FeedbackFilter.fromParameters(request.getParameterMap()), PageQuery.of(limit, cursor))
                .map(FeedbackJson::of);
    }

    @GetMapping("/api/v1/feedback/{id}")
    ResponseEntity<FeedbackJson> get(@PathVariable String id) {
        Feedback f = items.find(VoiceApi.pathId("feedback", id));
        return ResponseEntity.ok().eTag(Versions.etag(f.version())).body(FeedbackJson.of(f));
    }

    record FeedbackRequest(Long version, String kind, String body, String source, String productArea,
            String companyId, String contactId, String activityId, String status, String statusReason) {
    }

    @PostMapping("/api/v1/feedback")
    @Operation(summary = "Log a feedback item (members)", description = """
            kind, body (up to 4,000 characters), source (default call), productArea, companyId and contactId (who
            said it: the customer votes at once), activityId (the call or meeting it came from).""")
    ResponseEntity<FeedbackJson> create(@RequestBody FeedbackRequest body) {
        Feedback f = items.log(new FeedbackDraft(body.kind(), body.body(), body.source(), body.productArea(),
                VoiceApi.id("companyId", body.companyId()), VoiceApi.id("contactId", body.contactId()),
                VoiceApi.id("activityId", body.activityId())));
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + f.id())).eTag(Versions.etag(f.version()))
                .body(FeedbackJson.of(f));
    }

    @PatchMapping("/api/v1/feedback/{id}")
    @Operation(summary = "Change an item's kind, text, area or status (members)", description = """
            status = received (受付) | considering (検討中) | planned (対応予定) | done (対応済) | declined (見送り,
            statusReason required). Becoming done or declined gives each asking customer's owner a task to tell
            them. version (or If-Match) required; a stale one gets 409.""")
    ResponseEntity<FeedbackJson> update(@PathVariable String id, @RequestBody FeedbackRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Feedback f = items.update(VoiceApi.pathId("feedback", id), version, body.kind(), body.body(),
                body.productArea(), body.status(), body.statusReason());
        return ResponseEntity.ok().eTag(Versions.etag(f.version())).body(FeedbackJson.of(f));
    }

    @GetMapping("/api/v1/feedback/{id}/votes")
    @Operation(summary = "The customers who asked for an item, oldest vote first")
    Items<VoteJson> votes(@PathVariable String id) {
        return new Items<>(items.votes(VoiceApi.pathId("feedback", id)).stream().map(VoteJson::of).toList());
    }

    record VoteRequest(String companyId, String contactId) {
    }

    @PostMapping("/api/v1/feedback/{id}/votes")
    @Operation(summary = "Add a customer's vote (members)", description = """
            companyId, contactId (optional, of that customer). One vote per customer; its weight is the customer's
            yearly contract revenue at the time.""")
    ResponseEntity<FeedbackJson> vote(@PathVariable String id, @RequestBody VoteRequest body) {
        Feedback f = items.vote(VoiceApi.pathId("feedback", id), VoiceApi.id("companyId", body.companyId()),
                VoiceApi.id("contactId", body.contactId()));
        return ResponseEntity.status(201).eTag(Versions.etag(f.version())).body(FeedbackJson.of(f));
    }

    record MergeRequest(String mergeId) {
    }

    @PostMapping("/api/v1/feedback/{id}/merge")
    @Operation(summary = "Merge another item into this one (members)", description = """
            mergeId: its votes move here (a customer who voted for both keeps one vote) and it becomes merged.""")
    ResponseEntity<FeedbackJson> merge(@PathVariable String id, @RequestBody MergeRequest body) {
        Feedback f = items.merge(VoiceApi.pathId("feedback", id), VoiceApi.id("mergeId", body.mergeId()));
        return ResponseEntity.ok().eTag(Versions.etag(f.version())).body(FeedbackJson.of(f));
    }

    record ReplyRequest(String companyId, String contactId) {
    }

    @PostMapping("/api/v1/feedback/{id}/replies")
    @Operation(summary = "E-mail a closed item's outcome to a customer who asked (members)", description = """
            companyId (a customer who voted; its e-mail consent must be on), contactId (default: who asked). The
            templated Japanese e-mail goes once per address and is noted on the customer's timeline.""")
    ResponseEntity<FeedbackReplies.Reply> reply(@PathVariable String id, @RequestBody ReplyRequest body) {
        var r = replies.send(VoiceApi.pathId("feedback", id), VoiceApi.id("companyId", body.companyId()),
                VoiceApi.id("contactId", body.contactId()));
        return ResponseEntity.status(201).body(r);
    }
}
