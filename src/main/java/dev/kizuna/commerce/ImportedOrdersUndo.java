package dev.kizuna.commerce;

import java.util.Collection;
import java.util.UUID;

import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Undoing an import of order history: the orders and payments it wrote are taken back, each audited. */
@Service
@Transactional
public class ImportedOrdersUndo {

    private final OrderRepository orders;
    private final AuditLog audit;

    ImportedOrdersUndo(OrderRepository orders, AuditLog audit) {
        this.orders = orders;
        this.audit = audit;
    }

    /** Deletes orders an import wrote (undoing it), with their lines and payments; returns how many went. */
    @PreAuthorize("hasRole('MANAGER')")
    public int deleteImported(Collection<UUID> ids) {
        int deleted = 0;
        for (UUID id : ids) {
            Order before = orders.find(id).orElse(null);
            if (before != null && orders.delete(id)) {
                audit.record("order.deleted", Orders.AUDIT_TYPE, id, before, null);
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Takes back payments an import recorded (undoing it): each order owes that amount again, and is no longer paid
     * if it was. Payments already gone are passed over. Returns how many were taken back.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public int deleteImportedPayments(Collection<UUID> paymentIds) {
        int deleted = 0;
        for (UUID id : paymentIds) {
            Payment payment = orders.payment(id).orElse(null);
            if (payment == null) {
                continue;
            }
            Order before = orders.find(payment.orderId()).orElseThrow();
            orders.takeBackPayment(payment.id(), payment.orderId(), payment.amount(), CurrentActor.idOrNull());
            Order after = orders.find(payment.orderId()).orElseThrow();
            audit.record("order.paymentDeleted", Orders.AUDIT_TYPE, payment.orderId(), before, after);
            deleted++;
        }
        return deleted;
    }
}
