package dev.kizuna.inventory;

import java.time.YearMonth;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly plan per SKU (予実管理): managers set planned receipts and shipments; everyone reads them beside the
 * actual movements of the month. Audited; a change carries the version read.
 */
@Service
@Transactional
public class StockPlans {

    private final StockPlanRepository plans;
    private final SkuRepository skus;
    private final AuditLog audit;

    StockPlans(StockPlanRepository plans, SkuRepository skus, AuditLog audit) {
        this.plans = plans;
        this.skus = skus;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<StockPlanRow> month(YearMonth month, String code, PageQuery page) {
        var rows = plans.list(month, code, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, r -> Cursor.of(r.code(), r.skuId()));
    }

    /** One SKU's plan as typed on the month's grid; {@code version} is the one read (null: no plan yet). */
    public record Entry(UUID skuId, Integer plannedReceipts, Integer plannedShipments, Long version) {
    }

    /**
     * Saves a month's grid at once: every entry is checked first (errors name {@code rows[i].plannedReceipts} …) and
     * either all are saved or none (a stale one answers 409 and nothing is written). Returns the rows saved.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public java.util.List<StockPlanRow> saveMonth(YearMonth month, java.util.List<Entry> entries) {
        Check c = Check.of().required("month", month);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "rows[" + i + "].";
            c.failIf(e.skuId() == null || skus.find(e.skuId()).isEmpty(), at + "skuId", "UnknownId");
            range(c, at + "plannedReceipts", e.plannedReceipts());
            range(c, at + "plannedShipments", e.plannedShipments());
        }
        c.verify();
        java.util.List<StockPlanRow> saved = new java.util.ArrayList<>();
        for (Entry e : entries) {
            saved.add(save(e.skuId(), month, e.plannedReceipts(), e.plannedShipments(), e.version()));
        }
        return saved;
    }

    private static void range(Check c, String field, Integer value) {
        c.required(field, value).failIf(value != null && (value < 0 || value > Stock.MAX_QUANTITY), field, "Range", 0,
                Stock.MAX_QUANTITY);
    }

    @PreAuthorize("hasRole('MANAGER')")
    public StockPlanRow save(UUID skuId, YearMonth month, Integer receipts, Integer shipments, Long version) {
        Sku sku = skuId == null ? null : skus.find(skuId).orElse(null);
        Check.of().required("skuId", skuId).failIf(skuId != null && sku == null, "skuId", "UnknownId")
                .required("month", month).required("plannedReceipts", receipts)
                .required("plannedShipments", shipments)
                .failIf(receipts != null && (receipts < 0 || receipts > Stock.MAX_QUANTITY), "plannedReceipts",
                        "Range", 0, Stock.MAX_QUANTITY)
                .failIf(shipments != null && (shipments < 0 || shipments > Stock.MAX_QUANTITY), "plannedShipments",
                        "Range", 0, Stock.MAX_QUANTITY)
                .verify();
        StockPlanRow before = month(month, sku.code(), PageQuery.first(1)).items().getFirst();
        if (!plans.save(skuId, month, receipts, shipments, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException("stockPlan", skuId);
        }
        StockPlanRow after = month(month, sku.code(), PageQuery.first(1)).items().getFirst();
        audit.record("stockPlan.saved", "stockPlan", skuId, before, after);
        return after;
    }
}
