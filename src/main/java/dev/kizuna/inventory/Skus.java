package dev.kizuna.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.commerce.Products;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SKUs: everyone signed in reads them; managers add and change them (a product's SKU, an enclosure's, the reorder
 * point, what is enclosed). A SKU is never deleted: it is made inactive. Changes carry the version (409 when stale)
 * and are audited.
 */
@Service
@Transactional
public class Skus {

    static final String AUDIT_TYPE = "sku";
    static final List<String> SORTS = List.of("code", "name");

    private final SkuRepository skus;
    private final Products products;
    private final ReorderAlerts reorderAlerts;
    private final AuditLog audit;

    Skus(SkuRepository skus, Products products, ReorderAlerts reorderAlerts, AuditLog audit) {
        this.reorderAlerts = reorderAlerts;
        this.skus = skus;
        this.products = products;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Sku find(UUID id) {
        return skus.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Sku> byCode(String code) {
        return code == null ? java.util.Optional.empty() : skus.byCode(code.strip());
    }

    /** {@code kind} and {@code active} (or null) narrow; sorted by code (default) or name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Sku> list(String kind, Boolean active, String sort, boolean desc, PageQuery page) {
        Check.of().oneOf("filter[kind]", kind, Sku.KINDS).oneOf("sort", sort, SORTS).verify();
        String s = sort == null ? "code" : sort;
        var rows = skus.list(kind, active, s, desc, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, k -> Cursor.of("name".equals(s) ? k.name() : k.code(), k.id()));
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Sku create(SkuDraft d) {
        String code = InventoryText.clean(d.code());
        String name = InventoryText.clean(d.name());
        String kind = d.kind() == null ? (d.productId() == null ? "enclosure" : "product") : d.kind();
        int reorder = d.reorderPoint() == null ? 0 : d.reorderPoint();
        Check c = Check.of().required("code", code).maxLength("code", code, 40).required("name", name)
                .maxLength("name", name, 120).oneOf("kind", kind, Sku.KINDS)
                .failIf(reorder < 0 || reorder > 10_000_000, "reorderPoint", "Range", 0, 10_000_000)
                .failIf("product".equals(kind) && d.productId() == null, "productId", "NotNull")
                .failIf("enclosure".equals(kind) && d.productId() != null, "productId", "InventoryEnclosureNoProduct");
        if (!code.isEmpty() && skus.byCode(code).isPresent()) {
            c.failIf(true, "code", "Duplicate");
        }
        if (d.productId() != null && "product".equals(kind)) {
            if (!productExists(d.productId())) {
                c.failIf(true, "productId", "UnknownId");
            } else if (skus.ofProduct(d.productId()).isPresent()) {
                c.failIf(true, "productId", "Duplicate");
            }
        }
        List<Sku.Enclosure> enclosures = enclosures(d.enclosures(), null, c);
        c.verify();
        UUID id = Ids.newId();
        skus.insert(id, new SkuDraft(code, name, kind, d.productId(), reorder, d.active() == null || d.active(), null),
                CurrentActor.idOrNull());
        skus.replaceEnclosures(id, enclosures);
        Sku created = find(id);
        audit.record("sku.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Name, reorder point, active and the enclosures; what is null stays. The code, kind and product never change. */
    @PreAuthorize("hasRole('MANAGER')")
    public Sku update(UUID id, long version, SkuDraft d) {
        Sku before = find(id);
        String name = d.name() == null ? before.name() : InventoryText.clean(d.name());
        int reorder = d.reorderPoint() == null ? before.reorderPoint() : d.reorderPoint();
        Check c = Check.of().required("name", name).maxLength("name", name, 120)
                .failIf(reorder < 0 || reorder > 10_000_000, "reorderPoint", "Range", 0, 10_000_000);
        List<Sku.Enclosure> enclosures = d.enclosures() == null ? before.enclosures()
                : enclosures(d.enclosures(), id, c);
        c.verify();
        if (!skus.update(id, version, name, reorder, d.active() == null ? before.active() : d.active(),
                CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        if (d.enclosures() != null) {
            skus.replaceEnclosures(id, enclosures);
        }
        Sku after = find(id);
        audit.record("sku.updated", AUDIT_TYPE, id, before, after);
        if (after.reorderPoint() != before.reorderPoint() || after.active() != before.active()) {
            reorderAlerts.check(id);
        }
        return after;
    }

    private boolean productExists(UUID productId) {
        try {
            products.find(productId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private List<Sku.Enclosure> enclosures(List<SkuDraft.EnclosureDraft> drafts, UUID self, Check c) {
        List<Sku.Enclosure> out = new ArrayList<>();
        if (drafts == null) {
            return out;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            SkuDraft.EnclosureDraft e = drafts.get(i);
            String at = "enclosures[" + i + "].";
            Sku enclosure = e.skuId() == null ? null : skus.find(e.skuId()).orElse(null);
            int qty = e.quantity() == null ? 1 : e.quantity();
            c.required(at + "skuId", e.skuId())
                    .failIf(e.skuId() != null && (enclosure == null || !"enclosure".equals(enclosure.kind())
                            || e.skuId().equals(self) || !seen.add(e.skuId())), at + "skuId", "InventoryNotEnclosure")
                    .failIf(qty < 1 || qty > 100, at + "quantity", "Range", 1, 100);
            if (enclosure != null) {
                out.add(new Sku.Enclosure(enclosure.id(), enclosure.code(), enclosure.name(), qty));
            }
        }
        return out;
    }
}
