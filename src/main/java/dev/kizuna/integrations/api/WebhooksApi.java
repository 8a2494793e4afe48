package dev.kizuna.integrations.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.integrations.Delivery;
import dev.kizuna.integrations.Webhook;
import dev.kizuna.integrations.Webhooks;
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

/** {@code /api/v1/webhooks}: outgoing webhooks and their delivery log (administrators). */
@RestController
@Tag(name = "Webhooks")
class WebhooksApi {

    private final Webhooks webhooks;

    WebhooksApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookJson(String id, String name, String kind, String boardId, String userId, String url, String roomId,
            String token, boolean active, long version, Instant createdAt) {
        static WebhookJson of(Webhook w) {
            return new WebhookJson(w.id().toString(), w.name(), w.kind(), str(w.boardId()), str(w.userId()), w.url(),
                    w.roomId(), w.maskedToken(), w.active(), w.version(), w.createdAt());
        }
    }

    record WebhookList(List<WebhookJson> items, String nextCursor) {
    }

    record WebhookRequest(Long version, String name, String kind, UUID boardId, UUID userId, String url,
            String roomId, String token, Boolean active) {
        Webhooks.Draft draft() {
            return new Webhooks.Draft(name, kind, boardId, userId, url, roomId, token, active);
        }
    }

    record DeliveryJson(String id, String event, String text, String status, int attempts, Instant nextAttemptAt,
            Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {
        static DeliveryJson of(Delivery d) {
            return new DeliveryJson(d.id().toString(), d.event(), d.text(), d.status(), d.attempts(),
                    d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(), d.deliveredAt());
        }
    }

    record DeliveryList(List<DeliveryJson> items) {
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "Outgoing webhooks (administrators); tokens are masked")
    WebhookList list() {
        return new WebhookList(webhooks.list().stream().map(WebhookJson::of).toList(), null);
    }

    @PostMapping("/api/v1/webhooks")
    @Operation(summary = "Add a webhook", description = """
            kind chatwork (roomId digits, token = the Chatwork API token), slack (url = the incoming-webhook URL) or
            https (url; token = the secret that signs X-Kizuna-Signature: sha256=HMAC of the body). Exactly one of
            boardId (that board's task events: created, status changed) or userId (that user's notifications).""")
    ResponseEntity<WebhookJson> create(@RequestBody WebhookRequest body) {
        Webhook created = webhooks.create(body.draft());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id()))
                .eTag(Versions.etag(created.version())).body(WebhookJson.of(created));
    }

    @GetMapping("/api/v1/webhooks/{id}")
    ResponseEntity<WebhookJson> find(@PathVariable UUID id) {
        Webhook w = webhooks.find(id);
        return ResponseEntity.ok().eTag(Versions.etag(w.version())).body(WebhookJson.of(w));
    }

    @PatchMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "Change a webhook with its version (409 when stale); a blank token keeps the stored one")
    WebhookJson update(@PathVariable UUID id, @RequestBody WebhookRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Webhook before = webhooks.find(id);
        Webhooks.Draft merged = new Webhooks.Draft(body.name() == null ? before.name() : body.name(),
                body.kind() == null ? before.kind() : body.kind(),
                body.boardId() == null && body.userId() == null ? before.boardId() : body.boardId(),
                body.boardId() == null && body.userId() == null ? before.userId() : body.userId(),
                body.url() == null ? before.url() : body.url(), body.roomId() == null ? before.roomId() : body.roomId(),
                body.token(), body.active());
        return WebhookJson.of(webhooks.update(id, Versions.required(body.version(), ifMatch), merged));
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        webhooks.delete(id, Versions.required(version, ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/webhooks/{id}/deliveries")
    @Operation(summary = "The webhook's newest deliveries (status pending, delivered or failed; attempts; last error)")
    DeliveryList deliveries(@PathVariable UUID id) {
        return new DeliveryList(webhooks.deliveries(id, 100).stream().map(DeliveryJson::of).toList());
    }

    @PostMapping("/api/v1/webhooks/{id}/test")
    @Operation(summary = "Queue a test message (sent within seconds; see the deliveries)")
    ResponseEntity<DeliveryJson> test(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(DeliveryJson.of(webhooks.sendTest(id,
                "Kizuna（絆）からのテスト送信です。 / A test message from Kizuna.")));
    }

    @PostMapping("/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send a failed delivery again now")
    ResponseEntity<Void> retry(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        webhooks.retry(id, deliveryId);
        return ResponseEntity.accepted().build();
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
