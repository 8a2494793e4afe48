package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.LineItem;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * An order delivered through commerce ships from the default location: each line whose product has a SKU, and the
 * enclosures of that SKU (quantity × per unit), once per order line and SKU however often the event arrives. A line
 * the stock cannot cover moves nothing and is kept as a shortfall on the daily check list until shipped.
 */
@Component
class OrderShipments {

    private final Orders orders;
    private final SkuRepository skus;
    private final LocationRepository locations;
    private final MovementRepository movements;
    private final StockLedger ledger;
    private final AuditLog audit;

    OrderShipments(Orders orders, SkuRepository skus, LocationRepository locations, MovementRepository movements,
            StockLedger ledger, AuditLog audit) {
        this.orders = orders;
        this.skus = skus;
        this.locations = locations;
        this.movements = movements;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** Ships the order's lines; returns how many movements were written now. */
    int ship(UUID orderId, LocalDate shippedOn) {
        Location from = locations.defaultLocation().orElse(null);
        if (from == null) {
            return 0; // no stock is kept yet
        }
        Order order;
        try {
            order = orders.find(orderId);
        } catch (NotFoundException e) {
            return 0;
        }
        int written = 0;
        List<LineItem> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            Sku sku = line.productId() == null ? null
                    : skus.ofProduct(line.productId()).flatMap(skus::find).orElse(null);
            if (sku == null) {
                continue;
            }
            written += shipOne(order, i, sku, from, line.quantity(), shippedOn);
            for (Sku.Enclosure e : sku.enclosures()) {
                Sku enclosure = skus.find(e.skuId()).orElseThrow();
                written += shipOne(order, i, enclosure, from, line.quantity() * e.quantity(), shippedOn);
            }
        }
        return written;
    }

    private int shipOne(Order order, int line, Sku sku, Location from, int quantity, LocalDate on) {
        if (movements.orderLineHandled(order.id(), line, sku.id())) {
            return 0;
        }
        UUID id = ledger.tryMove(sku, from.id(), "shipment", -quantity, on, "", order.number(), order.id(), line,
                null, null);
        if (id == null) {
            long onHand = movements.level(sku.id(), from.id());
            movements.insertShortfall(order.id(), line, sku.id(), from.id(), quantity, quantity - onHand, on);
            audit.record("stockMovement.shortfall", Stock.AUDIT_TYPE, order.id(), null,
                    java.util.Map.of("sku", sku.code(), "quantity", quantity, "onHand", onHand));
            return 0;
        }
        return 1;
    }

    /** Ships a line that was short, now that stock arrived; refused (422/409) while still short. */
    void shipShortfall(Shortfall f) {
        Sku sku = skus.find(f.skuId()).orElseThrow();
        Order order = orders.find(f.orderId());
        long before = movements.level(sku.id(), f.locationId());
        if (before < f.quantity()) {
            throw new dev.kizuna.platform.api.RuleViolationException(
                    StockLedger.shortfall(sku, before, -f.quantity()));
        }
        if (!movements.resolveShortfall(f.orderId(), f.orderLine(), f.skuId())
                || ledger.tryMove(sku, f.locationId(), "shipment", -f.quantity(), f.shippedOn(), "", order.number(),
                        order.id(), f.orderLine(), null, null) == null) {
            throw new dev.kizuna.platform.api.ConflictException(List.of(
                    StockLedger.shortfall(sku, movements.level(sku.id(), f.locationId()), -f.quantity())));
        }
    }
}
