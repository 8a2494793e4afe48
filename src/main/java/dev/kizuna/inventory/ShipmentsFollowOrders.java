package dev.kizuna.inventory;

import dev.kizuna.commerce.OrderDelivered;
import dev.kizuna.platform.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Commerce's {@link OrderDelivered} (a delivery recorded, or a subscription's delivery made into an order) ships the
 * order's lines and enclosures. Delivered again (a redelivered event) ships nothing twice.
 */
@Component
class ShipmentsFollowOrders {

    private final OrderShipments shipments;

    ShipmentsFollowOrders(OrderShipments shipments) {
        this.shipments = shipments;
    }

    @ApplicationModuleListener
    void on(OrderDelivered delivered) {
        SystemActor.run(() -> shipments.ship(delivered.orderId(), delivered.deliveredOn()));
    }
}
