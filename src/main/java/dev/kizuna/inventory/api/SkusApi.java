package dev.kizuna.inventory.api;

import java.util.List;

import dev.kizuna.inventory.Sku;
import dev.kizuna.inventory.SkuDraft;
import dev.kizuna.inventory.Skus;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
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

/** {@code /api/v1/skus}: products' SKUs and enclosures (同梱物), their reorder points and enclosures. */
@RestController
@Tag(name = "Inventory")
class SkusApi {

    private final Skus skus;

    SkusApi(Skus skus) {
        this.skus = skus;
    }

    record EnclosureJson(String skuId, String sku, String name, int quantity) {
    }

    record SkuJson(String id, String sku, String name, String kind, String productId, int reorderPoint,
            boolean active, List<EnclosureJson> enclosures, long version) {
        static SkuJson of(Sku s) {
            return new SkuJson(s.id().toString(), s.code(), s.name(), s.kind(), ApiValues.text(s.productId()),
                    s.reorderPoint(), s.active(), s.enclosures().stream().map(e -> new EnclosureJson(
                            e.skuId().toString(), e.code(), e.name(), e.quantity())).toList(), s.version());
        }
    }

    record EnclosureRequest(String skuId, Integer quantity) {
    }

    record SkuRequest(Long version, String sku, String name, String kind, String productId, Integer reorderPoint,
            Boolean active, List<EnclosureRequest> enclosures) {
        SkuDraft draft() {
            List<SkuDraft.EnclosureDraft> e = enclosures == null ? null
                    : java.util.stream.IntStream.range(0, enclosures.size()).mapToObj(i -> new SkuDraft.EnclosureDraft(
                            ApiValues.optionalId("enclosures[" + i + "].skuId", enclosures.get(i).skuId()),
                            enclosures.get(i).quantity())).toList();
            return new SkuDraft(sku, name, kind, ApiValues.optionalId("productId", productId), reorderPoint, active,
                    e);
        }
    }

    @GetMapping("/api/v1/skus")
    @Operation(summary = "SKUs, keyset-paged", description = """
            filter[kind] (product, enclosure), filter[active] (true, false); sort = code (default) or name,
            desc=true|false.""")
    CursorPage<SkuJson> list(@RequestParam(name = "filter[kind]", required = false) String kind,
            @RequestParam(name = "filter[active]", required = false) Boolean active,
            @RequestParam(required = false) String sort, @RequestParam(required = false) boolean desc,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return skus.list(kind, active, sort, desc, PageQuery.of(limit, cursor)).map(SkuJson::of);
    }

    @GetMapping("/api/v1/skus/{id}")
    ResponseEntity<SkuJson> get(@PathVariable String id) {
        return answer(skus.find(ApiValues.pathId("sku", id)));
    }

    @PostMapping("/api/v1/skus")
    @Operation(summary = "Add a SKU (managers)", description = """
            sku (the code, unique), name, kind (product: productId required, one SKU per product; enclosure: no
            product), reorderPoint (0: none), enclosures [{skuId of an enclosure SKU, quantity per unit}].""")
    ResponseEntity<SkuJson> create(@RequestBody SkuRequest body) {
        Sku s = skus.create(body.draft());
        return VersionedAnswers.created("/api/v1/skus", s.id(), s.version(), SkuJson.of(s));
    }

    @PatchMapping("/api/v1/skus/{id}")
    @Operation(summary = "Change a SKU's name, reorder point, active or enclosures (managers)",
            description = "version (or If-Match) required; stale gets 409. The code, kind and product never change.")
    ResponseEntity<SkuJson> update(@PathVariable String id, @RequestBody SkuRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(skus.update(ApiValues.pathId("sku", id), version, body.draft()));
    }

    private static ResponseEntity<SkuJson> answer(Sku s) {
        return VersionedAnswers.ok(s.version(), SkuJson.of(s));
    }
}
