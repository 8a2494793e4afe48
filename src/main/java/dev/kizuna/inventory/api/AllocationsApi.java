package dev.kizuna.inventory.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.kizuna.inventory.Allocation;
import dev.kizuna.inventory.AllocationDraft;
import dev.kizuna.inventory.Allocations;
import dev.kizuna.inventory.Skus;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/allocations}: stock held back (引当) for a campaign or the subscriptions' next deliveries. */
@RestController
@Tag(name = "Inventory")
class AllocationsApi {

    private final Allocations allocations;
    private final Skus skus;

    AllocationsApi(Allocations allocations, Skus skus) {
        this.allocations = allocations;
        this.skus = skus;
    }

    record AllocationJson(String id, String skuId, String sku, String name, String purpose, String campaignId,
            String label, int quantity, LocalDate untilOn, boolean active, OffsetDateTime releasedAt, long version,
            OffsetDateTime createdAt) {
        static AllocationJson of(Allocation a) {
            return new AllocationJson(a.id().toString(), a.skuId().toString(), a.skuCode(), a.skuName(), a.purpose(),
                    ApiValues.text(a.campaignId()), a.label(), a.quantity(), a.untilOn(),
                    a.activeOn(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))), ApiValues.utc(a.releasedAt()),
                    a.version(), ApiValues.utc(a.createdAt()));
        }
    }

    record AllocationRequest(String skuId, String purpose, String campaignId, String label, Integer quantity,
            LocalDate untilOn) {
    }

    record UntilRequest(LocalDate untilOn) {
    }

    record VersionRequest(Long version) {
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/allocations")
    @Operation(summary = "Allocations, newest first, keyset-paged", description = """
            filter[sku] (a SKU code), filter[purpose] (campaign, subscriptions), filter[campaignId], filter[active]
            (true: counted against available stock today).""")
    CursorPage<AllocationJson> list(@RequestParam(name = "filter[sku]", required = false) String sku,
            @RequestParam(name = "filter[purpose]", required = false) String purpose,
            @RequestParam(name = "filter[campaignId]", required = false) String campaignId,
            @RequestParam(name = "filter[active]", required = false) Boolean active,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        PageQuery page = PageQuery.of(limit, cursor);
        SkuFilter filter = SkuFilter.of(skus, sku);
        if (filter.matchesNothing()) {
            return new CursorPage<>(List.of(), null);
        }
        return allocations.list(filter.id(), purpose, ApiValues.optionalId("filter[campaignId]", campaignId), active,
                page)
                .map(AllocationJson::of);
    }

    @PostMapping("/api/v1/allocations")
    @Operation(summary = "Allocate stock (members)", description = """
            skuId, purpose (campaign: campaignId required; subscriptions), label, quantity (1 or more, at most what
            is available), untilOn (today or later: counted until that day).""")
    ResponseEntity<AllocationJson> create(@RequestBody AllocationRequest body) {
        Allocation a = allocations.allocate(new AllocationDraft(ApiValues.optionalId("skuId", body.skuId()),
                body.purpose(), ApiValues.optionalId("campaignId", body.campaignId()), body.label(), body.quantity(),
                body.untilOn()));
        return ResponseEntity.created(URI.create("/api/v1/allocations/" + a.id())).body(AllocationJson.of(a));
    }

    @PostMapping("/api/v1/allocations/subscriptions")
    @Operation(summary = "Allocate what the subscriptions' deliveries up to a day need (members)", description = """
            untilOn (today to 6 months ahead): one allocation per SKU (enclosures included), as much as is available.""")
    Items<AllocationJson> forSubscriptions(@RequestBody UntilRequest body) {
        return new Items<>(allocations.allocateForSubscriptions(body.untilOn()).stream().map(AllocationJson::of)
                .toList());
    }

    @PostMapping("/api/v1/allocations/{id}/release")
    @Operation(summary = "Release an allocation (members)", description = "version (or If-Match).")
    AllocationJson release(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body == null ? null : body.version(), ifMatch);
        return AllocationJson.of(allocations.release(ApiValues.pathId("allocation", id), version));
    }
}
