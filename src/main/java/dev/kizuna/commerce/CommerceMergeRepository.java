package dev.kizuna.commerce;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A merged customer's quotes and orders moving to the survivor, and what a customer holds here. */
@Repository
class CommerceMergeRepository {

    private final JdbcClient jdbc;

    CommerceMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> moveQuotes(UUID to, UUID from, UUID actor) {
        return move("quote", to, from, actor);
    }

    List<UUID> moveOrders(UUID to, UUID from, UUID actor) {
        return move("sales_order", to, from, actor);
    }

    /** The payments of these orders, oldest first. */
    List<UUID> paymentsOf(List<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of()
                : jdbc.sql("select id from payment where order_id in (:orders) order by received_on, id")
                        .param("orders", orderIds).query(UUID.class).list();
    }

    long quotesOf(UUID companyId) {
        return count("quote", companyId);
    }

    long ordersOf(UUID companyId) {
        return count("sales_order", companyId);
    }

    private long count(String table, UUID companyId) {
        return jdbc.sql("select count(*) from " + table + " where company_id = ?").param(companyId).query(Long.class)
                .single();
    }

    private List<UUID> move(String table, UUID to, UUID from, UUID actor) {
        return jdbc.sql("update " + table + " set company_id = :to, version = version + 1, updated_at = now(),"
                + " updated_by = :actor where company_id = :from returning id")
                .param("to", to).param("from", from).param("actor", actor).query(UUID.class).list();
    }
}
