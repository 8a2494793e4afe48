package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The order side of the daily report (日報): what the insights module reads, per order owner and in total. */
@Service
@Transactional(readOnly = true)
public class CommerceDay {

    private final JdbcClient jdbc;

    CommerceDay(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per owner (null key: orders without an owner): orders and payments received from {@code first} to
     * {@code last} (Tokyo days, inclusive), and orders unpaid past their due date as of {@code asOf}.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Map<UUID, CommerceFigures> byOwner(LocalDate first, LocalDate last, LocalDate asOf) {
        Map<UUID, CommerceFigures> out = new HashMap<>();
        // sales_order_ordered_idx
        jdbc.sql("""
                select owner_id, count(*) as n, coalesce(sum(invoice_amount), 0) as amount from sales_order
                 where ordered_on between ? and ? group by owner_id
                """).params(first, last).query((rs, i) -> {
                    out.merge(rs.getObject("owner_id", UUID.class), new CommerceFigures(rs.getLong("n"),
                            rs.getLong("amount"), 0, 0, 0, 0), CommerceFigures::plus);
                    return null;
                }).list();
        // payment_received_idx
        jdbc.sql("""
                select o.owner_id, count(*) as n, coalesce(sum(p.amount), 0) as amount
                  from payment p join sales_order o on o.id = p.order_id
                 where p.received_on between ? and ? group by o.owner_id
                """).params(first, last).query((rs, i) -> {
                    out.merge(rs.getObject("owner_id", UUID.class), new CommerceFigures(0, 0, rs.getLong("n"),
                            rs.getLong("amount"), 0, 0), CommerceFigures::plus);
                    return null;
                }).list();
        // sales_order_unpaid_idx
        jdbc.sql("""
                select owner_id, count(*) as n, coalesce(sum(invoice_amount - paid_amount), 0) as amount
                  from sales_order where paid_amount < invoice_amount and due_on < ? group by owner_id
                """).param(asOf).query((rs, i) -> {
                    out.merge(rs.getObject("owner_id", UUID.class), new CommerceFigures(0, 0, 0, 0, rs.getLong("n"),
                            rs.getLong("amount")), CommerceFigures::plus);
                    return null;
                }).list();
        return out;
    }
}
