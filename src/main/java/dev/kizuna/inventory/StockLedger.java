package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.ConflictException;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Writes one movement and its effect on stock together. A decrease that would leave less than zero writes nothing:
 * 422 when the stock read beforehand was already too low, 409 when it was enough but another movement took it
 * meanwhile (the level row's lock decided). Either way the problem names the SKU and the shortfall. Each movement
 * written looks at the SKU's reorder point ({@link ReorderAlerts}).
 */
@Component
class StockLedger {

    private final MovementRepository movements;
    private final ReorderAlerts reorder;

    StockLedger(MovementRepository movements, ReorderAlerts reorder) {
        this.movements = movements;
        this.reorder = reorder;
    }

    /** The movement written, or null (nothing written) when stock would go below zero. */
    UUID tryMove(Sku sku, UUID locationId, String kind, int delta, LocalDate on, String reason, String note,
            UUID orderId, Integer orderLine, UUID transferId, UUID stockTakeId) {
        if (!movements.apply(sku.id(), locationId, delta)) {
            return null;
        }
        UUID id = Ids.newId();
        movements.insert(id, sku.id(), locationId, kind, delta, on, reason, note, orderId, orderLine,
                transferId, stockTakeId, CurrentActor.idOrNull());
        reorder.check(sku.id());
        return id;
    }

    /** As {@link #tryMove}, refusing (and rolling back the caller's transaction) when stock is short. */
    UUID move(Sku sku, UUID locationId, String kind, int delta, LocalDate on, String reason, String note,
            UUID transferId, UUID stockTakeId) {
        long before = movements.level(sku.id(), locationId);
        if (before + delta < 0) {
            throw new RuleViolationException(shortfall(sku, before, delta));
        }
        UUID id = tryMove(sku, locationId, kind, delta, on, reason, note, null, null, transferId, stockTakeId);
        if (id == null) {
            throw new ConflictException(List.of(shortfall(sku, movements.level(sku.id(), locationId), delta)));
        }
        return id;
    }

    static FieldProblem shortfall(Sku sku, long onHand, int delta) {
        return FieldProblem.of("quantity", "InventoryShortfall", sku.code(), -(onHand + delta), onHand);
    }
}
