package dev.kizuna.inventory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock: everyone signed in reads it; members record movements. Stock is never typed in: a receipt, shipment,
 * return, adjustment (with a reason) or transfer is a new movement, audited; a shipment that would take a location
 * below zero is refused naming the SKU and the shortfall.
 */
@Service
@Transactional
public class Stock {

    static final String AUDIT_TYPE = "stockMovement";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int MAX_QUANTITY = 10_000_000;

    private final StockRepository stock;
    private final MovementRepository movements;
    private final StockLedger ledger;
    private final SkuRepository skus;
    private final LocationRepository locations;
    private final AuditLog audit;

    Stock(StockRepository stock, MovementRepository movements, StockLedger ledger, SkuRepository skus,
            LocationRepository locations, AuditLog audit) {
        this.stock = stock;
        this.movements = movements;
        this.ledger = ledger;
        this.skus = skus;
        this.locations = locations;
        this.audit = audit;
    }

    /** Today in Tokyo. */
    public LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    /** Active SKUs' stock; {@code code}, {@code kind}, {@code below} (under the reorder point) narrow it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<StockLine> list(String code, String kind, Boolean below, String sort, boolean desc,
            PageQuery page) {
        Check.of().oneOf("filter[kind]", kind, Sku.KINDS).oneOf("sort", sort, Skus.SORTS).verify();
        String s = sort == null ? "code" : sort;
        var rows = stock.list(today(), code, kind, below, s, desc, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, l -> Cursor.of("name".equals(s) ? l.name() : l.code(), l.skuId()));
    }

    /** Every active SKU's stock at once, in code order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StockLine> all() {
        return stock.all(today());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StockLine of(UUID skuId) {
        skus.find(skuId).orElseThrow(() -> new NotFoundException(Skus.AUDIT_TYPE, skuId));
        return stock.one(today(), skuId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, List<LocationStock>> byLocation(List<UUID> skuIds) {
        return movements.byLocation(skuIds);
    }

    /** Newest first; {@code skuId}, {@code kind}, {@code locationId} (or null) narrow it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Movement> movements(UUID skuId, String kind, UUID locationId, PageQuery page) {
        Check.of().oneOf("filter[kind]", kind, Movement.KINDS).verify();
        var rows = movements.list(skuId, kind, locationId, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, m -> Cursor.of(m.createdAt().toString(), m.id()));
    }

    /** Records a movement (two for a transfer); returns what was written, newest last. */
    @PreAuthorize("hasRole('MEMBER')")
    public List<Movement> move(MovementDraft d) {
        Check c = Check.of().required("kind", d.kind()).oneOf("kind", d.kind(), Movement.KINDS)
                .required("skuId", d.skuId()).required("quantity", d.quantity());
        Sku sku = d.skuId() == null ? null : skus.find(d.skuId()).orElse(null);
        c.failIf(d.skuId() != null && sku == null, "skuId", "UnknownId");
        Location from = location(d.locationId(), "locationId", c);
        boolean adjustment = "adjustment".equals(d.kind());
        boolean transfer = "transfer".equals(d.kind());
        String reason = InventoryText.clean(d.reason());
        LocalDate on = d.movedOn() == null ? today() : d.movedOn();
        int q = d.quantity() == null ? 0 : d.quantity();
        c.failIf(d.quantity() != null && adjustment && (q == 0 || Math.abs(q) > MAX_QUANTITY), "quantity",
                        "InventoryNonZero", MAX_QUANTITY)
                .failIf(d.quantity() != null && !adjustment && (q < 1 || q > MAX_QUANTITY), "quantity", "Range", 1,
                        MAX_QUANTITY)
                .failIf(adjustment && reason.isEmpty(), "reason", "InventoryReasonRequired")
                .maxLength("reason", reason, 200).maxLength("note", InventoryText.clean(d.note()), 500)
                .failIf(on.isAfter(today()), "movedOn", "NotInFuture");
        Location to = null;
        if (transfer) {
            c.required("toLocationId", d.toLocationId());
            to = d.toLocationId() == null ? null : location(d.toLocationId(), "toLocationId", c);
            c.failIf(to != null && from != null && to.id().equals(from.id()), "toLocationId", "InventorySameLocation");
        }
        c.verify();
        String note = InventoryText.clean(d.note());
        UUID transferId = transfer ? Ids.newId() : null;
        int delta = switch (d.kind()) {
            case "shipment", "transfer" -> -q;
            default -> q;
        };
        List<UUID> ids = new java.util.ArrayList<>();
        ids.add(ledger.move(sku, from.id(), d.kind(), delta, on, reason, note, transferId, null));
        if (transfer) {
            ids.add(ledger.move(sku, to.id(), "transfer", q, on, reason, note, transferId, null));
        }
        List<Movement> written = ids.stream().map(id -> movements.find(id).orElseThrow()).toList();
        written.forEach(m -> audit.record("stockMovement." + m.kind(), AUDIT_TYPE, m.id(), null, m));
        return written;
    }

    private Location location(UUID id, String field, Check c) {
        if (id == null) {
            Location l = locations.defaultLocation().orElse(null);
            c.failIf(l == null, field, "InventoryNoDefaultLocation");
            return l;
        }
        Location l = locations.find(id).orElse(null);
        c.failIf(l == null, field, "UnknownId");
        return l;
    }
}
