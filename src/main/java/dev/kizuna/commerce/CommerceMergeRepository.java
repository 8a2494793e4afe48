package dev.kizuna.commerce;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves a merged customer's quotes and orders and counts a customer's. */
@Repository
class CommerceMergeRepository extends CustomerRowsRepository {

    /** Tables with a column that points at a customer ({@code company_id}). */
    static final List<String> TABLES = List.of("quote", "sales_order");

    CommerceMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    /** The payments of these orders, oldest first. */
    List<UUID> paymentsOf(List<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of()
                : jdbc().sql("select id from payment where order_id in (:orders) order by received_on, id")
                        .param("orders", orderIds).query(UUID.class).list();
    }
}
