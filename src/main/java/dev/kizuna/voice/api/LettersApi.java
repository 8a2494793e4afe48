package dev.kizuna.voice.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.voice.Letter;
import dev.kizuna.voice.LetterDraft;
import dev.kizuna.voice.LetterFilter;
import dev.kizuna.voice.LetterReview;
import dev.kizuna.voice.Letters;
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

/** {@code /api/v1/letters}: the postcard reply desk (seed 002's お手紙返信). */
@RestController
@Tag(name = "Voice of the customer")
class LettersApi {

    private final Letters letters;

    LettersApi(Letters letters) {
        this.letters = letters;
    }

    record LetterJson(String id, String kind, String companyId, String companyName, String contactId,
            String contactName, LocalDate receivedOn, OffsetDateTime dueAt, boolean overdue, String body,
            String status, String assigneeId, String assigneeName, OffsetDateTime researchedAt, String reply,
            List<String> copies, String rough, long replySeconds, long copiesSeconds, long roughSeconds,
            long totalSeconds, boolean overTime, String timerOutput, OffsetDateTime submittedAt,
            OffsetDateTime sentAt, String activityId, String scanId, long version) {
        static LetterJson of(Letter l, java.time.Instant now) {
            return new LetterJson(l.id().toString(), l.kind(), l.companyId().toString(), l.companyName(),
                    VoiceApi.str(l.contactId()), l.contactName(), l.receivedOn(), VoiceApi.out(l.dueAt()),
                    l.overdue(now), l.body(), l.status(), VoiceApi.str(l.assigneeId()), l.assigneeName(),
                    VoiceApi.out(l.researchedAt()), l.reply(), l.copies(), l.rough(), l.seconds("reply", now),
                    l.seconds("copies", now), l.seconds("rough", now), l.totalSeconds(now),
                    l.totalSeconds(now) > 2 * 60 * 60, l.timerOutput(), VoiceApi.out(l.submittedAt()),
                    VoiceApi.out(l.sentAt()), VoiceApi.str(l.activityId()), VoiceApi.str(l.scanId()), l.version());
        }
    }

    private ResponseEntity<LetterJson> ok(Letter l) {
        return ResponseEntity.ok().eTag(Versions.etag(l.version())).body(LetterJson.of(l, letters.now()));
    }

    @GetMapping("/api/v1/letters")
    @Operation(summary = "The reply desk's letters, oldest due first, keyset-paged", description = """
            filter[status] = received | writing | submitted | returned | approved | sent | open (not sent yet);
            filter[assigneeId] = a user's id, or unassigned; filter[overdue] = true | false (not sent and past its
            due time); filter[dueBy] = YYYY-MM-DD (due by the end of that day, e.g. today); filter[kind] = postcard |
            letter; filter[companyId].""")
    @ListFilters({"status", "assigneeId", "overdue", "dueBy", "kind", "companyId"})
    CursorPage<LetterJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        java.time.Instant now = letters.now();
        return letters.list(LetterFilter.fromParameters(request.getParameterMap()), PageQuery.of(limit, cursor))
                .map(l -> LetterJson.of(l, now));
    }

    @GetMapping("/api/v1/letters/{id}")
    ResponseEntity<LetterJson> get(@PathVariable String id) {
        return ok(letters.find(VoiceApi.pathId("letter", id)));
    }

    record IntakeRequest(String kind, String companyId, String contactId, String receivedOn, String body,
            String scanId) {
    }

    @PostMapping("/api/v1/letters")
    @Operation(summary = "Type in a customer's postcard or letter (members)", description = """
            kind = postcard (default) | letter, companyId (required), contactId (of that customer), receivedOn
            (YYYY-MM-DD, default today; not in the future), body (the customer's text, up to 4,000 characters: typed,
            or the text read off a scan as corrected by a person), scanId (optional: a scan from POST
            /api/v1/letters/scans not used yet; its pictures stay with the letter). Due at 18:00 of the second
            business day after it came in (the letters board's backlog days).""")
    ResponseEntity<LetterJson> create(@RequestBody IntakeRequest body) {
        LocalDate received = dev.kizuna.platform.api.ApiValues.date("receivedOn", body.receivedOn());
        Letter l = letters.intake(new LetterDraft(body.kind(), VoiceApi.id("companyId", body.companyId()),
                VoiceApi.id("contactId", body.contactId()), received, body.body(),
                VoiceApi.id("scanId", body.scanId())));
        return ResponseEntity.created(URI.create("/api/v1/letters/" + l.id())).eTag(Versions.etag(l.version()))
                .body(LetterJson.of(l, letters.now()));
    }

    record WriteRequest(Long version, String reply, List<String> copies, String rough, Boolean researched) {
    }

    @PatchMapping("/api/v1/letters/{id}")
    @Operation(summary = "Save the writer's reply, three catch copies and rough (the writer who claimed it)",
            description = """
            reply (up to 8,000 characters), copies (three catch copies, each up to 200), rough (the creative rough,
            up to 4,000), researched = true once the customer was checked (the timers need it). version (or
            If-Match) required; a stale one gets 409.""")
    ResponseEntity<LetterJson> write(@PathVariable String id, @RequestBody WriteRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return ok(letters.write(VoiceApi.pathId("letter", id), version, body.reply(), body.copies(), body.rough(),
                Boolean.TRUE.equals(body.researched())));
    }

    @PostMapping("/api/v1/letters/{id}/claim")
    @Operation(summary = "Take a letter to answer (members)", description = """
            One writer per letter: when someone else holds it the answer is 409 (in-use) naming them.""")
    ResponseEntity<LetterJson> claim(@PathVariable String id) {
        return ok(letters.claim(VoiceApi.pathId("letter", id)));
    }

    @PostMapping("/api/v1/letters/{id}/release")
    @Operation(summary = "Give a letter back to the queue (its writer; the timer must be stopped)")
    ResponseEntity<LetterJson> release(@PathVariable String id) {
        return ok(letters.release(VoiceApi.pathId("letter", id)));
    }

    record TimerRequest(String output, String action) {
    }

    @PostMapping("/api/v1/letters/{id}/timer")
    @Operation(summary = "Start or stop an output's timer (its writer)", description = """
            output = reply (target 30 min) | copies (15) | rough (15); action = start | stop. Starting one stops
            another that runs. The customer must have been checked first (researched).""")
    ResponseEntity<LetterJson> timer(@PathVariable String id, @RequestBody TimerRequest body) {
        Check.of().required("action", body.action()).oneOf("action", body.action(), List.of("start", "stop"))
                .verify();
        return ok(letters.timer(VoiceApi.pathId("letter", id), body.output(), "start".equals(body.action())));
    }

    @PostMapping("/api/v1/letters/{id}/submit")
    @Operation(summary = "Submit the set to the department head (its writer)", description = """
            Needs the customer checked, the reply (addressing the customer by name followed by 様), three catch
            copies and the rough; the running timer stops.""")
    ResponseEntity<LetterJson> submit(@PathVariable String id) {
        return ok(letters.submit(VoiceApi.pathId("letter", id)));
    }

    record ReviewRequest(String decision, String comment) {
    }

    record ReviewJson(String decision, String comment, String reviewerName, OffsetDateTime at) {
    }

    @PostMapping("/api/v1/letters/{id}/review")
    @Operation(summary = "Approve or return a submitted set (managers: the department head)", description = """
            decision = approved | returned; comment (required to return, up to 2,000 characters). The writer is
            told.""")
    ResponseEntity<LetterJson> review(@PathVariable String id, @RequestBody ReviewRequest body) {
        return ok(letters.review(VoiceApi.pathId("letter", id), body.decision(), body.comment()));
    }

    @GetMapping("/api/v1/letters/{id}/reviews")
    @Operation(summary = "The head's decisions on a letter, oldest first")
    FeedbackApi.Items<ReviewJson> reviews(@PathVariable String id) {
        List<LetterReview> rows = letters.reviews(VoiceApi.pathId("letter", id));
        return new FeedbackApi.Items<>(rows.stream().map(r -> new ReviewJson(r.decision(), r.comment(),
                r.reviewerName(), VoiceApi.out(r.at()))).toList());
    }

    @PostMapping("/api/v1/letters/{id}/sent")
    @Operation(summary = "Mark an approved reply as sent (members)", description = """
            The reply goes on the customer's timeline as an activity on the 手紙/はがき channel.""")
    ResponseEntity<LetterJson> sent(@PathVariable String id) {
        return ok(letters.markSent(VoiceApi.pathId("letter", id)));
    }
}
