package dev.kizuna.commerce.api;

import java.net.URI;
import java.time.OffsetDateTime;

import dev.kizuna.commerce.Product;
import dev.kizuna.commerce.ProductDraft;
import dev.kizuna.commerce.Products;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.Money;
import dev.kizuna.platform.api.PageQuery;
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

/** {@code /api/v1/products}: the price list. Everyone reads it; administrators change it. */
@RestController
@Tag(name = "Products")
class ProductsApi {

    private final Products products;

    ProductsApi(Products products) {
        this.products = products;
    }

    record ProductJson(String id, String code, String name, String unit, Money unitPrice, int taxRate, boolean active,
            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static ProductJson of(Product p) {
            return new ProductJson(p.id().toString(), p.code(), p.name(), p.unit(), Money.yen(p.unitPrice()),
                    p.taxRate(), p.active(), p.version(), ApiValues.utc(p.createdAt()), ApiValues.utc(p.updatedAt()));
        }
    }

    @GetMapping("/api/v1/products")
    @Operation(summary = "The price list by code, keyset-paged", description = """
            filter[active]=false adds retired (inactive) products. unitPrice is before tax, whole yen; taxRate is
            10 (standard) or 8 (reduced: food, newspapers).""")
    CursorPage<ProductJson> list(@RequestParam(name = "filter[active]", defaultValue = "true") boolean activeOnly,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return products.list(!activeOnly, PageQuery.of(limit, cursor)).map(ProductJson::of);
    }

    @GetMapping("/api/v1/products/{id}")
    ResponseEntity<ProductJson> get(@PathVariable String id) {
        Product p = products.find(ApiValues.pathId("product", id));
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(ProductJson.of(p));
    }

    record ProductRequest(Long version, String code, String name, String unit, Object unitPrice, Integer taxRate,
            Boolean active) {
        ProductDraft merge(Product base) {
            return new ProductDraft(code != null ? code : base == null ? null : base.code(),
                    name != null ? name : base == null ? null : base.name(),
                    unit != null ? unit : base == null ? null : base.unit(),
                    unitPrice != null ? ApiValues.yen("unitPrice", unitPrice) : base == null ? null : base.unitPrice(),
                    taxRate != null ? taxRate : base == null ? null : base.taxRate(),
                    active != null ? active : base == null ? null : base.active());
        }
    }

    @PostMapping("/api/v1/products")
    @Operation(summary = "Add a product (administrators)", description = "Needs code, name, unitPrice and taxRate.")
    ResponseEntity<ProductJson> create(@RequestBody ProductRequest body) {
        Product created = products.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
                .eTag(Versions.etag(created.version())).body(ProductJson.of(created));
    }

    @PatchMapping("/api/v1/products/{id}")
    @Operation(summary = "Change or retire a product (administrators)", description = """
            Fields not sent keep their value; active=false retires it. Send version in the body or If-Match; a
            stale one gets 409.""")
    ResponseEntity<ProductJson> update(@PathVariable String id, @RequestBody ProductRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Product before = products.find(ApiValues.pathId("product", id));
        Product after = products.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ProductJson.of(after));
    }
}
