package dev.kizuna.marketing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kizuna.marketing.Subscription;
import dev.kizuna.marketing.SubscriptionDelivery;
import dev.kizuna.marketing.SubscriptionDraft;
import dev.kizuna.marketing.SubscriptionEntry;
import dev.kizuna.marketing.Subscriptions;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.Money;
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

/** {@code /api/v1/subscriptions}: 定期便, with skip, pause, cancel, history and deliveries. */
@RestController
@Tag(name = "Marketing")
class SubscriptionsApi {

    private final Subscriptions subscriptions;

    SubscriptionsApi(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    record ItemJson(String productId, String productName, int quantity, Money unitPrice, int taxRate, Money amount) {
    }

    record SubscriptionJson(String id, String companyId, String companyName, String title, String cycleUnit,
            int cycleEvery, Integer dayOfMonth, LocalDate nextDeliveryOn, String status, LocalDate pausedUntil,
            String payment, LocalDate startedOn, LocalDate cancelledOn, String cancelReason, List<ItemJson> items,
            Money price, long version) {
        static SubscriptionJson of(Subscription s) {
            return new SubscriptionJson(s.id().toString(), s.companyId().toString(), s.companyName(), s.title(),
                    s.cycle().unit().code(), s.cycle().every(), s.cycle().dayOfMonth(), s.nextDeliveryOn(),
                    s.status().code(), s.pausedUntil(), s.payment(), s.startedOn(), s.cancelledOn(), s.cancelReason(),
                    s.items().stream().map(i -> new ItemJson(i.productId().toString(), i.productName(), i.quantity(),
                            Money.yen(i.unitPrice()), i.taxRate(), Money.yen(i.amount()))).toList(),
                    Money.yen(s.price()), s.version());
        }
    }

    record ItemRequest(String productId, Integer quantity, Object unitPrice) {
    }

    record SubscriptionRequest(Long version, String companyId, String title, List<ItemRequest> items,
            String cycleUnit, Integer cycleEvery, Integer dayOfMonth, String nextDeliveryOn, String payment) {
        SubscriptionDraft draft() {
            List<SubscriptionDraft.ItemDraft> drafts = items == null ? null
                    : java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> new SubscriptionDraft.ItemDraft(
                            ApiValues.optionalId("items[" + i + "].productId", items.get(i).productId()),
                            items.get(i).quantity(), ApiValues.yen("items[" + i + "].unitPrice",
                                    items.get(i).unitPrice()))).toList();
            return new SubscriptionDraft(ApiValues.optionalId("companyId", companyId), title, drafts, cycleUnit,
                    cycleEvery, dayOfMonth, ApiInput.date("nextDeliveryOn", nextDeliveryOn), payment);
        }
    }

    @GetMapping("/api/v1/subscriptions")
    @Operation(summary = "Subscriptions (定期便), newest first, keyset-paged",
            description = "filter[companyId], filter[status] (active, paused, skipping, cancelled).")
    @ListFilters({"companyId", "status"})
    CursorPage<SubscriptionJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Map<String, String[]> p = request.getParameterMap();
        return subscriptions.list(ApiValues.optionalId("filter[companyId]", ApiInput.filter(p, "companyId")),
                ApiInput.filter(p, "status"), PageQuery.of(limit, cursor)).map(SubscriptionJson::of);
    }

    @GetMapping("/api/v1/subscriptions/{id}")
    ResponseEntity<SubscriptionJson> get(@PathVariable String id) {
        return answer(subscriptions.find(ApiValues.pathId("subscription", id)));
    }

    @PostMapping("/api/v1/subscriptions")
    @Operation(summary = "Start a subscription (members)", description = """
            companyId, items [{productId, quantity, unitPrice (before tax; the product's price when left out)}],
            cycleUnit (days, weeks, months), cycleEvery (1–365 days, 1–52 weeks, 1–12 months), dayOfMonth (months
            only, 1–31; 31 is the month's last day; else the day of nextDeliveryOn), nextDeliveryOn (today or later),
            title, payment (card: paid on delivery; deferred: 後払い).""")
    ResponseEntity<SubscriptionJson> create(@RequestBody SubscriptionRequest body) {
        Subscription s = subscriptions.start(body.draft());
        return VersionedAnswers.created("/api/v1/subscriptions", s.id(), s.version(), SubscriptionJson.of(s));
    }

    @PatchMapping("/api/v1/subscriptions/{id}")
    @Operation(summary = "Change products, cycle, next delivery, title or payment (members); kept in the history",
            description = "version (or If-Match) required; stale gets 409. What is left out stays.")
    ResponseEntity<SubscriptionJson> update(@PathVariable String id, @RequestBody SubscriptionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(subscriptions.change(ApiValues.pathId("subscription", id), version, body.draft()));
    }

    record ActionRequest(Long version, String until, String reason) {
    }

    @PostMapping("/api/v1/subscriptions/{id}/skip")
    @Operation(summary = "Skip the next delivery (members)", description = "version (or If-Match).")
    ResponseEntity<SubscriptionJson> skip(@PathVariable String id, @RequestBody(required = false) ActionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(subscriptions.skip(ApiValues.pathId("subscription", id), version(body, ifMatch)));
    }

    @PostMapping("/api/v1/subscriptions/{id}/pause")
    @Operation(summary = "Pause until a date (members)", description = """
            version (or If-Match), until (after today): deliveries resume on the first one on or after it.""")
    ResponseEntity<SubscriptionJson> pause(@PathVariable String id, @RequestBody(required = false) ActionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = version(body, ifMatch);
        return answer(subscriptions.pause(ApiValues.pathId("subscription", id), version,
                ApiInput.date("until", body == null ? null : body.until())));
    }

    @PostMapping("/api/v1/subscriptions/{id}/cancel")
    @Operation(summary = "Cancel with a reason (members)", description = "version (or If-Match), reason (required).")
    ResponseEntity<SubscriptionJson> cancel(@PathVariable String id, @RequestBody(required = false) ActionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = version(body, ifMatch);
        return answer(subscriptions.cancel(ApiValues.pathId("subscription", id), version,
                body == null ? null : body.reason()));
    }

    record EntryJson(Instant at, String actorName, String action, String statusBefore, String statusAfter,
            Map<String, Object> detail) {
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/subscriptions/{id}/history")
    @Operation(summary = "A subscription's history, oldest first")
    Items<EntryJson> history(@PathVariable String id) {
        List<SubscriptionEntry> entries = subscriptions.history(ApiValues.pathId("subscription", id));
        return new Items<>(entries.stream().map(e -> new EntryJson(e.at(), e.actorName(), e.action(),
                e.statusBefore(), e.statusAfter(), e.detail())).toList());
    }

    @GetMapping("/api/v1/subscriptions/{id}/deliveries")
    @Operation(summary = "A subscription's latest deliveries (ordered or skipped), newest first")
    Items<SubscriptionDelivery> deliveries(@PathVariable String id) {
        return new Items<>(subscriptions.deliveries(ApiValues.pathId("subscription", id)));
    }

    private static long version(ActionRequest body, String ifMatch) {
        return Versions.required(body == null ? null : body.version(), ifMatch);
    }

    private static ResponseEntity<SubscriptionJson> answer(Subscription s) {
        return VersionedAnswers.ok(s.version(), SubscriptionJson.of(s));
    }
}
