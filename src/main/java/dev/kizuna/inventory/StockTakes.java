package dev.kizuna.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * Stock-takes (棚卸): members start one at a location and enter counts with a reason for each difference; managers
 * close it, which writes each difference as an adjustment (the book becomes the count) and cannot be undone — so it
 * is refused while any line is uncounted or a difference has no reason. Every step is audited.
 */
@Service
@Transactional
public class StockTakes {

    static final String AUDIT_TYPE = "stockTake";

    /** A line's count and reason as typed; {@code counted} null leaves the line uncounted. */
    public record Count(UUID skuId, Long counted, String reason) {
    }

    private final StockTakeRepository takes;
    private final LocationRepository locations;
    private final SkuRepository skus;
    private final StockLedger ledger;
    private final AuditLog audit;

    StockTakes(StockTakeRepository takes, LocationRepository locations, SkuRepository skus, StockLedger ledger,
            AuditLog audit) {
        this.takes = takes;
        this.locations = locations;
        this.skus = skus;
        this.ledger = ledger;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StockTake find(UUID id) {
        return takes.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<StockTake> list(String status, UUID locationId, PageQuery page) {
        Check.of().oneOf("filter[status]", status, StockTake.STATUSES).verify();
        var rows = takes.list(status, locationId, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, t -> Cursor.of(t.createdAt().toString(), t.id()));
    }

    /** Starts a take at a location: every SKU that has had stock there, or the SKUs given, with today's book. */
    @PreAuthorize("hasRole('MEMBER')")
    public StockTake start(UUID locationId, String title, List<UUID> skuIds) {
        String t = InventoryText.clean(title);
        Location location = locationId == null ? null : locations.find(locationId).orElse(null);
        Check c = Check.of().required("locationId", locationId)
                .failIf(locationId != null && location == null, "locationId", "UnknownId").required("title", t)
                .maxLength("title", t, 120);
        if (skuIds != null) {
            for (int i = 0; i < skuIds.size(); i++) {
                c.failIf(skuIds.get(i) == null || skus.find(skuIds.get(i)).isEmpty(), "skuIds[" + i + "]",
                        "UnknownId");
            }
        }
        c.verify();
        UUID id = Ids.newId();
        takes.insert(id, locationId, t, java.time.LocalDate.now(Stock.TOKYO), skuIds, CurrentActor.idOrNull());
        StockTake created = find(id);
        audit.record("stockTake.started", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Enters counts and reasons for some lines of an open take. */
    @PreAuthorize("hasRole('MEMBER')")
    public StockTake count(UUID id, long version, List<Count> counts) {
        StockTake before = open(id);
        Check c = Check.of().failIf(counts == null || counts.isEmpty(), "lines", "NotNull");
        List<UUID> onTake = before.lines().stream().map(StockTake.Line::skuId).toList();
        for (int i = 0; counts != null && i < counts.size(); i++) {
            Count n = counts.get(i);
            String at = "lines[" + i + "].";
            c.failIf(n.skuId() == null || !onTake.contains(n.skuId()), at + "skuId", "UnknownId")
                    .failIf(n.counted() != null && (n.counted() < 0 || n.counted() > Stock.MAX_QUANTITY),
                            at + "counted", "Range", 0, Stock.MAX_QUANTITY)
                    .maxLength(at + "reason", InventoryText.clean(n.reason()), 200);
        }
        c.verify();
        if (!takes.touch(id, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        for (Count n : counts) {
            takes.count(id, n.skuId(), n.counted(), InventoryText.clean(n.reason()));
        }
        StockTake after = find(id);
        audit.record("stockTake.counted", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** Closes the take: every line counted, every difference explained; differences become adjustments. */
    @PreAuthorize("hasRole('MANAGER')")
    public StockTake close(UUID id, long version) {
        StockTake before = open(id);
        Check c = Check.of();
        List<StockTake.Line> lines = before.lines();
        for (int i = 0; i < lines.size(); i++) {
            StockTake.Line l = lines.get(i);
            c.failIf(l.counted() == null, "lines[" + i + "].counted", "InventoryUncounted", l.code())
                    .failIf(l.counted() != null && !l.explained(), "lines[" + i + "].reason",
                            "InventoryDifferenceReason", l.code(), l.difference());
        }
        c.failIf(lines.isEmpty(), "lines", "NotNull").verify();
        if (!takes.touch(id, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        List<UUID> written = new ArrayList<>();
        for (StockTake.Line l : lines) {
            if (l.difference() != 0) {
                Sku sku = skus.find(l.skuId()).orElseThrow();
                written.add(ledger.move(sku, before.locationId(), "adjustment", Math.toIntExact(l.difference()),
                        java.time.LocalDate.now(Stock.TOKYO), l.reason(), before.title(), null, id));
            }
        }
        takes.close(id, CurrentActor.idOrNull());
        StockTake after = find(id);
        audit.record("stockTake.closed", AUDIT_TYPE, id, before, java.util.Map.of("take", after, "movements", written));
        return after;
    }

    private StockTake open(UUID id) {
        StockTake t = find(id);
        Check.of().failIf(!"open".equals(t.status()), "status", "InventoryTakeClosed").verify();
        return t;
    }
}
