package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliveries of subscriptions (table {@code subscription_delivery}): one row per subscription and date. */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Subscriptions with a delivery due on or before {@code today} (subscription_due_idx). */
    List<UUID> due(LocalDate today, int limit) {
        return jdbc.sql("""
                select id from subscription where status <> 'cancelled' and next_delivery_on <= ?
                 order by next_delivery_on, id limit ?
                """).params(today, limit).query(UUID.class).list();
    }

    /** Locks a due subscription for this transaction; empty when another instance holds it or it is no longer due. */
    Optional<UUID> lockDue(UUID id, LocalDate today) {
        return jdbc.sql("""
                select id from subscription where id = ? and status <> 'cancelled' and next_delivery_on <= ?
                   for update skip locked
                """).params(id, today).query(UUID.class).optional();
    }

    /** Claims the delivery of a date; false when it was already made (or skipped). */
    boolean claim(UUID subscriptionId, LocalDate on, String outcome) {
        return jdbc.sql("""
                insert into subscription_delivery (subscription_id, delivery_on, outcome) values (?, ?, ?)
                on conflict do nothing
                """).params(subscriptionId, on, outcome).update() == 1;
    }

    void ordered(UUID subscriptionId, LocalDate on, UUID orderId) {
        jdbc.sql("update subscription_delivery set order_id = ? where subscription_id = ? and delivery_on = ?")
                .params(orderId, subscriptionId, on).update();
    }

    /** The subscription's deliveries, newest first. */
    List<SubscriptionDelivery> of(UUID subscriptionId, int limit) {
        return jdbc.sql("""
                select delivery_on, outcome, order_id from subscription_delivery where subscription_id = ?
                 order by delivery_on desc limit ?
                """).params(subscriptionId, limit).query((rs, n) -> new SubscriptionDelivery(rs.getObject(1, LocalDate.class),
                rs.getString(2), rs.getObject(3, UUID.class))).list();
    }
}
