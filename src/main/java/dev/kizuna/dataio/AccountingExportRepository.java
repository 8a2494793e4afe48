package dev.kizuna.dataio;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounting export's reads of the commerce module's published tables: invoiced orders per tax rate, and
 * payments received, each with the customer's name.
 */
@Repository
class AccountingExportRepository {

    /** One invoiced order's lines at one tax rate: their amount before tax. */
    record InvoicedRate(String number, LocalDate invoicedOn, LocalDate dueOn, String customer, String title, int rate,
            long base) {
    }

    /** One payment received on an order. */
    record ReceivedPayment(String number, LocalDate receivedOn, String customer, long amount, String note) {
    }

    private final JdbcClient jdbc;

    AccountingExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Orders invoiced from {@code since} to {@code until}, per tax rate, by day, number and rate (highest first). */
    List<InvoicedRate> invoiced(LocalDate since, LocalDate until) {
        return jdbc.sql("""
                select o.number, o.invoiced_on, o.due_on, c.name, o.title, l.tax_rate, sum(l.amount) as base
                  from sales_order o join company c on c.id = o.company_id join order_line l on l.order_id = o.id
                 where o.invoiced_on between ? and ?
                 group by o.id, o.number, o.invoiced_on, o.due_on, c.name, o.title, l.tax_rate
                 order by o.invoiced_on, o.number, l.tax_rate desc
                """).params(Date.valueOf(since), Date.valueOf(until)).query((rs, n) -> {
                    Date due = rs.getDate("due_on");
                    return new InvoicedRate(rs.getString("number"), rs.getDate("invoiced_on").toLocalDate(),
                            due == null ? null : due.toLocalDate(), rs.getString("name"), rs.getString("title"),
                            rs.getInt("tax_rate"), rs.getLong("base"));
                }).list();
    }

    /** Payments received from {@code since} to {@code until}, by day and order number. */
    List<ReceivedPayment> received(LocalDate since, LocalDate until) {
        return jdbc.sql("""
                select o.number, p.received_on, c.name, p.amount, p.note
                  from payment p join sales_order o on o.id = p.order_id join company c on c.id = o.company_id
                 where p.received_on between ? and ?
                 order by p.received_on, o.number, p.id
                """).params(Date.valueOf(since), Date.valueOf(until))
                .query((rs, n) -> new ReceivedPayment(rs.getString("number"), rs.getDate("received_on").toLocalDate(),
                        rs.getString("name"), rs.getLong("amount"), rs.getString("note")))
                .list();
    }
}
