package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Allocations (引当): members hold stock back for a campaign or for the subscriptions' next deliveries, never more
 * than is available; released early or lapsing after their last day. Audited.
 */
@Service
@Transactional
public class Allocations {

    static final String AUDIT_TYPE = "stockAllocation";

    private final AllocationRepository allocations;
    private final SkuRepository skus;
    private final StockRepository stock;
    private final SubscriptionDemand subscriptions;
    private final CampaignNames campaigns;
    private final ReorderAlerts reorder;
    private final AuditLog audit;

    Allocations(AllocationRepository allocations, SkuRepository skus, StockRepository stock,
            SubscriptionDemand subscriptions, CampaignNames campaigns, ReorderAlerts reorder, AuditLog audit) {
        this.reorder = reorder;
        this.allocations = allocations;
        this.skus = skus;
        this.stock = stock;
        this.subscriptions = subscriptions;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Allocation find(UUID id) {
        return allocations.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Allocation> list(UUID skuId, String purpose, UUID campaignId, Boolean active, PageQuery page) {
        Check.of().oneOf("filter[purpose]", purpose, Allocation.PURPOSES).verify();
        var rows = allocations.list(skuId, purpose, campaignId, active, today(), page.decodedCursor(2),
                page.fetchSize());
        return page.page(rows, a -> Cursor.of(a.createdAt().toString(), a.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Allocation allocate(AllocationDraft d) {
        String purpose = d.purpose() == null ? (d.campaignId() == null ? "subscriptions" : "campaign") : d.purpose();
        String label = InventoryText.clean(d.label());
        java.util.Optional<String> campaign = campaigns.nameOf(d.campaignId());
        if (label.isEmpty()) {
            label = campaign.orElse("");
        }
        Sku sku = d.skuId() == null ? null : skus.find(d.skuId()).orElse(null);
        Check c = Check.of().required("skuId", d.skuId()).failIf(d.skuId() != null && sku == null, "skuId", "UnknownId")
                .oneOf("purpose", purpose, Allocation.PURPOSES)
                .failIf("campaign".equals(purpose) && d.campaignId() == null, "campaignId", "NotNull")
                .failIf(d.campaignId() != null && campaign.isEmpty(), "campaignId", "UnknownId")
                .required("label", label).maxLength("label", label, 120).required("quantity", d.quantity())
                .failIf(d.quantity() != null && (d.quantity() < 1 || d.quantity() > Stock.MAX_QUANTITY), "quantity",
                        "Range", 1, Stock.MAX_QUANTITY)
                .required("untilOn", d.untilOn())
                .failIf(d.untilOn() != null && d.untilOn().isBefore(today()), "untilOn", "InventoryNotPast");
        if (sku != null && d.quantity() != null) {
            long available = stock.one(today(), sku.id()).available();
            c.failIf(d.quantity() > available, "quantity", "InventoryOverAllocated", sku.code(), available);
        }
        c.verify();
        UUID id = Ids.newId();
        allocations.insert(id, sku.id(), purpose, d.campaignId(), label, d.quantity(), d.untilOn(),
                CurrentActor.idOrNull());
        Allocation created = find(id);
        audit.record("stockAllocation.created", AUDIT_TYPE, id, null, created);
        reorder.check(sku.id());
        return created;
    }

    /**
     * Holds back what the live subscriptions' deliveries up to {@code untilOn} need, per SKU (enclosures included):
     * one allocation per SKU, as much as is available. Returns the allocations made.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public List<Allocation> allocateForSubscriptions(LocalDate untilOn) {
        Check.of().required("untilOn", untilOn)
                .failIf(untilOn != null && untilOn.isBefore(today()), "untilOn", "InventoryNotPast")
                .failIf(untilOn != null && untilOn.isAfter(today().plusMonths(6)), "untilOn", "InventoryTooFar")
                .verify();
        List<Allocation> made = new ArrayList<>();
        for (Map.Entry<UUID, Long> need : subscriptions.scheduled(today(), untilOn).entrySet()) {
            long available = stock.one(today(), need.getKey()).available();
            long quantity = Math.min(need.getValue(), available);
            if (quantity > 0) {
                made.add(allocate(new AllocationDraft(need.getKey(), "subscriptions", null,
                        "定期便 " + today() + "〜" + untilOn, (int) quantity, untilOn)));
            }
        }
        return made;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Allocation release(UUID id, long version) {
        Allocation before = find(id);
        Check.of().failIf(before.releasedAt() != null, "status", "InventoryReleased").verify();
        if (!allocations.release(id, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Allocation after = find(id);
        audit.record("stockAllocation.released", AUDIT_TYPE, id, before, after);
        reorder.check(after.skuId());
        return after;
    }

    private static LocalDate today() {
        return LocalDate.now(Stock.TOKYO);
    }
}
