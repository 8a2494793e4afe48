package dev.kizuna.marketing.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import dev.kizuna.marketing.Campaign;
import dev.kizuna.marketing.CampaignDraft;
import dev.kizuna.marketing.Campaigns;
import dev.kizuna.marketing.MarketingMail;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
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

/** {@code /api/v1/campaigns}: a template sent to a segment, now or at a time, with each recipient's log. */
@RestController
@Tag(name = "Marketing")
class CampaignsApi {

    private final Campaigns campaigns;

    CampaignsApi(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    record CampaignJson(String id, String name, String templateId, String templateName, String segmentId,
            String segmentName, String status, OffsetDateTime scheduledAt, OffsetDateTime queuedAt, int recipients,
            long version, Instant createdAt, Instant updatedAt) {
        static CampaignJson of(Campaign c) {
            return new CampaignJson(c.id().toString(), c.name(), c.templateId().toString(), c.templateName(),
                    c.segmentId().toString(), c.segmentName(), c.status(), utc(c.scheduledAt()), utc(c.queuedAt()),
                    c.recipients(), c.version(), c.createdAt(), c.updatedAt());
        }
    }

    record CampaignRequest(Long version, String name, String templateId, String segmentId, String scheduledAt) {
        CampaignDraft draft() {
            return new CampaignDraft(name, ApiValues.optionalId("templateId", templateId),
                    ApiValues.optionalId("segmentId", segmentId), ApiValues.time("scheduledAt", scheduledAt));
        }
    }

    record RecipientJson(String id, String companyId, String companyName, String to, String status, int attempts,
            Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt) {
        static RecipientJson of(MarketingMail m) {
            return new RecipientJson(m.id().toString(), m.companyId().toString(), m.companyName(), m.toAddress(),
                    m.status(), m.attempts(), m.nextAttemptAt(), m.lastError(), m.sentAt(), m.createdAt());
        }
    }

    @GetMapping("/api/v1/campaigns")
    @Operation(summary = "Campaigns, newest first, keyset-paged",
            description = "filter[status] (draft, scheduled, sending, sent, cancelled).")
    @ListFilters({"status"})
    CursorPage<CampaignJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return campaigns.list(ApiInput.filter(request.getParameterMap(), "status"), PageQuery.of(limit, cursor))
                .map(CampaignJson::of);
    }

    @GetMapping("/api/v1/campaigns/{id}")
    ResponseEntity<CampaignJson> get(@PathVariable String id) {
        return answer(campaigns.find(ApiValues.pathId("campaign", id)));
    }

    @PostMapping("/api/v1/campaigns")
    @Operation(summary = "Create a campaign (members)", description = """
            name, templateId, segmentId, scheduledAt (ISO-8601 with offset; left out: a draft, sent with /send).
            Only customers who accept e-mail and have an address get it; every mail names the sender and carries a
            one-click unsubscribe link and List-Unsubscribe headers.""")
    ResponseEntity<CampaignJson> create(@RequestBody CampaignRequest body) {
        Campaign c = campaigns.create(body.draft());
        return VersionedAnswers.created("/api/v1/campaigns", c.id(), c.version(), CampaignJson.of(c));
    }

    @PatchMapping("/api/v1/campaigns/{id}")
    @Operation(summary = "Change a draft or scheduled campaign (members)", description = """
            version (or If-Match); name, templateId, segmentId left out stay; scheduledAt is what is sent (left out:
            back to a draft). A campaign already going out is 409.""")
    ResponseEntity<CampaignJson> update(@PathVariable String id, @RequestBody CampaignRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(campaigns.change(ApiValues.pathId("campaign", id), version, body.draft()));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/api/v1/campaigns/{id}/send")
    @Operation(summary = "Send now (members): the recipients are queued at once", description = "version (or If-Match).")
    ResponseEntity<CampaignJson> send(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body == null ? null : body.version(), ifMatch);
        return answer(campaigns.sendNow(ApiValues.pathId("campaign", id), version));
    }

    @PostMapping("/api/v1/campaigns/{id}/cancel")
    @Operation(summary = "Cancel a draft or scheduled campaign (members)", description = "version (or If-Match).")
    ResponseEntity<CampaignJson> cancel(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body == null ? null : body.version(), ifMatch);
        return answer(campaigns.cancel(ApiValues.pathId("campaign", id), version));
    }

    @GetMapping("/api/v1/campaigns/{id}/recipients")
    @Operation(summary = "Each recipient and what became of the mail (queued, sending, sent, failed with the reason,"
            + " skipped when opted out first)", description = "filter[status].")
    @ListFilters({"status"})
    CursorPage<RecipientJson> recipients(@PathVariable String id, HttpServletRequest request,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return campaigns.recipients(ApiValues.pathId("campaign", id), ApiInput.filter(request.getParameterMap(),
                "status"), PageQuery.of(limit, cursor)).map(RecipientJson::of);
    }

    @GetMapping("/api/v1/campaigns/{id}/progress")
    @Operation(summary = "How many of the campaign's mails are queued, sending, sent, failed and skipped")
    Map<String, Long> progress(@PathVariable String id) {
        return campaigns.progress(ApiValues.pathId("campaign", id));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : ApiValues.utc(at);
    }

    private static ResponseEntity<CampaignJson> answer(Campaign c) {
        return VersionedAnswers.ok(c.version(), CampaignJson.of(c));
    }
}
