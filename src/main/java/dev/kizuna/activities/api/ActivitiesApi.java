package dev.kizuna.activities.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.activities.ActivityFilter;
import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.ActivityOptions;
import dev.kizuna.activities.Outcome;
import dev.kizuna.activities.Timeline;
import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
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

/** {@code /api/v1/activities}, {@code /api/v1/activity-options} and {@code /api/v1/companies/{id}/timeline}. */
@RestController
@Tag(name = "Activities")
class ActivitiesApi {

    private final Activities activities;
    private final ActivityOptions options;
    private final Timeline timeline;

    ActivitiesApi(Activities activities, ActivityOptions options, Timeline timeline) {
        this.activities = activities;
        this.options = options;
        this.timeline = timeline;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActivityJson(String id, String kind, Instant occurredAt, Instant loggedAt, String userId, String userName,
            String channelId, String channel, String typeId, String type, String companyId, String companyName,
            String contactId, String contactName, String dealId, String outcome, String details, String followUpAction,
            LocalDate followUpOn, Instant followUpDoneAt, long version) {
        static ActivityJson of(Activity a) {
            return new ActivityJson(a.id().toString(), a.kind(), a.occurredAt(), a.loggedAt(), a.userId().toString(),
                    a.userName(), str(a.channelId()), a.channelName(), str(a.typeId()), a.typeName(),
                    a.companyId().toString(), a.companyName(), str(a.contactId()), a.contactName(), str(a.dealId()),
                    a.outcome() == null ? null : a.outcome().name().toLowerCase(Locale.ROOT), a.details(),
                    a.followUpAction(), a.followUpOn(), a.followUpDoneAt(), a.version());
        }
    }

    /** To log (all but companyId, channelId and typeId optional; a note needs companyId and details) or to change. */
    record ActivityRequest(Long version, String kind, OffsetDateTime occurredAt, String channelId, String typeId,
            String companyId, String contactId, String outcome, String details, String followUpAction,
            LocalDate followUpOn, String dealId) {

        ActivityDraft merge(ActivityDraft base) {
            return new ActivityDraft(kind == null ? base.kind() : kind,
                    occurredAt == null ? base.occurredAt() : occurredAt.toInstant(),
                    channelId == null ? base.channelId() : ApiValues.id("channelId", channelId),
                    typeId == null ? base.typeId() : ApiValues.id("typeId", typeId),
                    companyId == null ? base.companyId() : ApiValues.id("companyId", companyId),
                    contactId == null ? base.contactId() : ApiValues.id("contactId", contactId),
                    dealId == null ? base.dealId() : ApiValues.id("dealId", dealId),
                    outcome == null ? base.outcome() : ActivitiesApi.outcome(outcome), details == null ? base.details() : details,
                    followUpAction == null ? base.followUpAction() : followUpAction,
                    followUpOn == null ? base.followUpOn() : followUpOn);
        }
    }

    private static final ActivityDraft EMPTY = new ActivityDraft(null, null, null, null, null, null, null, null, null,
            null, null);

    @PostMapping("/api/v1/activities")
    @Operation(summary = "Log an activity or a note (members and above, as yourself)", description = """
            Send an Idempotency-Key header so that a retry on a bad mobile connection logs the call once. occurredAt
            defaults to now. kind: activity (default) or note. outcome (reached | unreached) is required for call
            channels and refused for others. dealId logs it against a deal (the deal's timeline; it stops the deal
            counting as idle). See /api/v1/activity-options for channel and type ids.""")
    ResponseEntity<ActivityJson> create(@RequestBody ActivityRequest body) {
        Activity logged = activities.log(body.merge(EMPTY));
        return ResponseEntity.created(URI.create("/api/v1/activities/" + logged.id()))
                .eTag(Versions.etag(logged.version())).body(ActivityJson.of(logged));
    }

    @GetMapping("/api/v1/activities")
    @Operation(summary = "Activities, newest first", description = """
            filter[companyId]=, filter[contactId]=, filter[userId]=, filter[kind]=activity|note, filter[from]= and
            filter[to]= (ISO-8601 date-times with offset; from inclusive, to exclusive). Keyset-paged.""")
    CursorPage<ActivityJson> list(@RequestParam(name = "filter[companyId]", required = false) String companyId,
            @RequestParam(name = "filter[contactId]", required = false) String contactId,
            @RequestParam(name = "filter[userId]", required = false) String userId,
            @RequestParam(name = "filter[kind]", required = false) String kind,
            @RequestParam(name = "filter[from]", required = false) OffsetDateTime from,
            @RequestParam(name = "filter[to]", required = false) OffsetDateTime to,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        ActivityFilter filter = new ActivityFilter(ApiValues.optionalId("filter[companyId]", companyId),
                ApiValues.optionalId("filter[contactId]", contactId), ApiValues.optionalId("filter[userId]", userId),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), kind);
        return activities.list(filter, PageQuery.of(limit, cursor)).map(ActivityJson::of);
    }

    @GetMapping("/api/v1/activities/{id}")
    ResponseEntity<ActivityJson> get(@PathVariable String id) {
        Activity a = activities.find(ApiValues.pathId("activity", id));
        return ResponseEntity.ok().eTag(Versions.etag(a.version())).body(ActivityJson.of(a));
    }

    @PatchMapping("/api/v1/activities/{id}")
    @Operation(summary = "Change an activity (its author, their manager or an administrator)",
            description = "Send version in the body or If-Match; a stale one gets 409.")
    ResponseEntity<ActivityJson> update(@PathVariable String id, @RequestBody ActivityRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Activity current = activities.find(ApiValues.pathId("activity", id));
        Activity updated = activities.update(current.id(), version, body.merge(ActivityDraft.of(current)));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(ActivityJson.of(updated));
    }

    @DeleteMapping("/api/v1/activities/{id}")
    @Operation(summary = "Delete an activity (its author, their manager or an administrator; audited)")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) Long version) {
        activities.delete(ApiValues.pathId("activity", id), Versions.required(version, ifMatch));
        return ResponseEntity.noContent().build();
    }

    record OptionJson(String id, String kind, String name, String nameEn, boolean call, boolean retired) {
    }

    record OptionList(List<OptionJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/activity-options")
    @Operation(summary = "Channels and types of activity", description = "filter[kind]=channel|type (default both).")
    OptionList options(@RequestParam(name = "filter[kind]", required = false) String kind) {
        List<String> kinds = kind == null ? List.of(ActivityOption.CHANNEL, ActivityOption.TYPE) : List.of(kind);
        if (!List.of(ActivityOption.CHANNEL, ActivityOption.TYPE).containsAll(kinds)) {
            throw new RuleViolationException(FieldProblem.of("filter[kind]", "OneOf", "channel, type"));
        }
        return new OptionList(kinds.stream().flatMap(k -> options.of(k, false).stream())
                .map(o -> new OptionJson(o.id().toString(), o.kind(), o.name(), o.nameEn(), o.call(), o.retired()))
                .toList(), null);
    }

    @GetMapping("/api/v1/companies/{id}/timeline")
    @Operation(summary = "A customer's timeline, newest first", description = """
            Activities and notes now; deals, orders, tasks, e-mails and feedback as those modules arrive.
            filter[kind]= (repeatable) narrows it; keyset-paged.""")
    CursorPage<TimelineEntry> timeline(@PathVariable String id,
            @RequestParam(name = "filter[kind]", required = false) List<String> kinds,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return timeline.of(ApiValues.pathId("activity", id), null, kinds, PageQuery.of(limit, cursor));
    }

    private static Outcome outcome(String value) {
        for (Outcome o : Outcome.values()) {
            if (o.name().equalsIgnoreCase(value)) {
                return o;
            }
        }
        throw new RuleViolationException(FieldProblem.of("outcome", "OneOf", "reached, unreached"));
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
