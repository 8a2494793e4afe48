package dev.kizuna.inventory;

import java.util.UUID;

import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The daily check list, and shipping an order line that was short once the stock is there (members). */
@Service
@Transactional
public class StockCheck {

    static final int LIMIT = 100;

    private final MovementRepository movements;
    private final StockTakeRepository takes;
    private final StockRepository stock;
    private final OrderShipments shipments;
    private final AuditLog audit;

    StockCheck(MovementRepository movements, StockTakeRepository takes, StockRepository stock,
            OrderShipments shipments, AuditLog audit) {
        this.movements = movements;
        this.takes = takes;
        this.stock = stock;
        this.shipments = shipments;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DailyCheck today() {
        var day = java.time.LocalDate.now(Stock.TOKYO);
        return new DailyCheck(day, movements.openShortfalls(LIMIT), takes.list("open", null, null, LIMIT),
                stock.list(day, null, null, true, "code", false, null, LIMIT), movements.unreconciled());
    }

    /** Ships an order line that was short; refused naming the SKU and shortfall while stock is still too low. */
    @PreAuthorize("hasRole('MEMBER')")
    public void shipShortfall(UUID orderId, Integer orderLine, UUID skuId) {
        dev.kizuna.platform.api.Check.of().required("orderId", orderId).required("orderLine", orderLine)
                .required("skuId", skuId).verify();
        Shortfall f = movements.shortfall(orderId, orderLine, skuId)
                .orElseThrow(() -> new NotFoundException("shortfall", orderId));
        shipments.shipShortfall(f);
        audit.record("stockMovement.shortfallShipped", Stock.AUDIT_TYPE, orderId, f, null);
    }
}
