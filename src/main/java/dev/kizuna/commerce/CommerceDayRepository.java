package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The daily report's order figures per owner: plain SQL over {@code sales_order} and {@code payment}. */
@Repository
class CommerceDayRepository {

    /** One owner's count and amount (yen); a null owner: orders without one. */
    record OwnerSum(UUID ownerId, long count, long amount) {
    }

    private final JdbcClient jdbc;

    CommerceDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Orders received from {@code first} to {@code last}, inclusive (sales_order_ordered_idx). */
    List<OwnerSum> ordered(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                select owner_id, count(*) as n, coalesce(sum(invoice_amount), 0) as amount from sales_order
                 where ordered_on between ? and ? group by owner_id
                """).params(first, last).query(CommerceDayRepository::sum).list();
    }

    /** Payments received from {@code first} to {@code last}, inclusive, by their order's owner (payment_received_idx). */
    List<OwnerSum> received(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                select o.owner_id, count(*) as n, coalesce(sum(p.amount), 0) as amount
                  from payment p join sales_order o on o.id = p.order_id
                 where p.received_on between ? and ? group by o.owner_id
                """).params(first, last).query(CommerceDayRepository::sum).list();
    }

    /** Orders unpaid past their due date as of {@code asOf}, with what is still owed (sales_order_unpaid_idx). */
    List<OwnerSum> overdue(LocalDate asOf) {
        return jdbc.sql("""
                select owner_id, count(*) as n, coalesce(sum(invoice_amount - paid_amount), 0) as amount
                  from sales_order where paid_amount < invoice_amount and due_on < ? group by owner_id
                """).param(asOf).query(CommerceDayRepository::sum).list();
    }

    private static OwnerSum sum(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OwnerSum(rs.getObject("owner_id", UUID.class), rs.getLong("n"), rs.getLong("amount"));
    }
}
