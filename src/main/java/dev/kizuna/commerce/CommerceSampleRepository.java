package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the sample data needs beyond the facades: the sample deals by title, and orders dated back. */
@Repository
class CommerceSampleRepository {

    private final JdbcClient jdbc;

    CommerceSampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first deal with this (NFKC-normalised) title. */
    Optional<UUID> dealTitled(String title) {
        return jdbc.sql("select id from deal where title = ? order by created_at limit 1").param(title)
                .query(UUID.class).optional();
    }

    /** As if the order had been placed on {@code day}, due for delivery two weeks later. */
    void orderedOn(UUID orderId, LocalDate day) {
        jdbc.sql("update sales_order set ordered_on = ?, delivery_due_on = ? where id = ?")
                .params(day, day.plusDays(14), orderId).update();
    }
}
