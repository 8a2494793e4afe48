package dev.kizuna.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders (table {@code sales_order}) and their payments. */
@Repository
class OrderRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("o.created_at", "timestamptz", "o.id", true);
    static final KeysetOrder BY_DUE = new KeysetOrder("o.due_on", "date", "o.id", false);
    private static final String SELECT = """
            select o.*, c.name as company_name, u.display_name as owner_name, d.title as deal_title
              from sales_order o join company c on c.id = o.company_id
              left join app_user u on u.id = o.owner_id left join deal d on d.id = o.deal_id
            """;

    private final JdbcClient jdbc;
    private final LineRepository lines;

    OrderRepository(JdbcClient jdbc, LineRepository lines) {
        this.jdbc = jdbc;
        this.lines = lines;
    }

    Optional<Order> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::full).optional();
    }

    Optional<UUID> ofDealId(UUID dealId) {
        return jdbc.sql("select id from sales_order where deal_id = ?").param(dealId).query(UUID.class).optional();
    }

    /** Newest first (sales_order_created_idx), optionally one customer's (sales_order_company_idx). */
    List<Order> list(UUID companyId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + " where (cast(? as uuid) is null or o.company_id = ?)");
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(companyId, companyId));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(OrderRepository::summary).list();
    }

    /** An owner's unpaid orders, soonest due first (sales_order_owner_unpaid_idx). */
    List<Order> unpaidOf(UUID ownerId, int limit) {
        return jdbc.sql(SELECT + " where o.owner_id = ? and o.paid_amount < o.invoice_amount"
                + " order by o.due_on nulls last, o.id limit ?").params(ownerId, limit)
                .query(OrderRepository::summary).list();
    }

    /** Unpaid orders due before {@code today}, oldest due first (sales_order_unpaid_idx). */
    List<Order> overdue(LocalDate today, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + " where o.paid_amount < o.invoice_amount and o.due_on < ?");
        List<Object> args = new ArrayList<>(List.of(today));
        BY_DUE.appendAfter(sql, args, after);
        BY_DUE.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(OrderRepository::summary).list();
    }

    /** Overdue orders nobody was told about yet; marks them told in the same statement. */
    List<Order> claimNewlyOverdue(LocalDate today) {
        List<UUID> ids = jdbc.sql("""
                update sales_order set overdue_notified_at = now()
                 where paid_amount < invoice_amount and due_on < ? and overdue_notified_at is null
                returning id
                """).param(today).query(UUID.class).list();
        return ids.isEmpty() ? List.of() : jdbc.sql(SELECT + " where o.id = any(?)")
                .param(ids.toArray(new UUID[0])).query(OrderRepository::summary).list();
    }

    /**
     * Per customer: orders due in {@code [since, asOf)} that were not paid in full by their due date — unpaid then, or
     * paid late — judged by the day each was paid in full, so a past day sees what was known on it.
     */
    java.util.Map<UUID, Long> latePayments(java.util.Collection<UUID> companies, LocalDate since, LocalDate asOf) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select o.company_id, count(*) from sales_order o
                 where o.company_id = any(?::uuid[]) and o.due_on >= ? and o.due_on < ? and o.invoice_amount > 0
                   and (o.paid_on is null or o.paid_on > o.due_on)
                 group by o.company_id
                """).params(companies.stream().map(UUID::toString).toArray(String[]::new), since, asOf)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    /** False when the deal already has its order (made at the same moment by someone else). */
    boolean insert(UUID id, String number, UUID dealId, UUID quoteId, UUID companyId, UUID ownerId, String title,
            LocalDate orderedOn, LocalDate deliveryDueOn, Totals totals, UUID actor) {
        return jdbc.sql("""
                insert into sales_order (id, number, deal_id, quote_id, company_id, owner_id, title, ordered_on,
                    delivery_due_on, subtotal, tax, invoice_amount, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (deal_id) where deal_id is not null do nothing
                """).params(id, number, dealId, quoteId, companyId, ownerId, title, orderedOn, deliveryDueOn,
                totals.subtotal(), totals.tax(), totals.total(), actor, actor).update() == 1;
    }

    boolean update(UUID id, long version, LocalDate deliveryDueOn, LocalDate deliveredOn, long invoiceAmount,
            LocalDate invoicedOn, LocalDate dueOn, UUID actor) {
        return jdbc.sql("""
                update sales_order set delivery_due_on = ?, delivered_on = ?, invoice_amount = ?, invoiced_on = ?,
                    due_on = ?, overdue_notified_at = case when due_on is distinct from ? then null
                        else overdue_notified_at end,
                    paid_on = case when paid_amount >= ? and paid_amount > 0 then paid_on else null end,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(deliveryDueOn, deliveredOn, invoiceAmount, invoicedOn, dueOn, dueOn, invoiceAmount, actor,
                id, version).update() == 1;
    }

    boolean addPaid(UUID id, long version, long amount, LocalDate receivedOn, UUID actor) {
        return jdbc.sql("""
                update sales_order set paid_amount = paid_amount + ?,
                    paid_on = case when paid_amount + ? >= invoice_amount then ? else null end,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(amount, amount, receivedOn, actor, id, version).update() == 1;
    }

    java.util.Map<String, UUID> idsByNumber(java.util.Collection<String> numbers) {
        java.util.Map<String, UUID> out = new java.util.HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        jdbc.sql("select number, id from sales_order where number = any(?)").param(numbers.toArray(String[]::new))
                .query((rs, n) -> out.put(rs.getString(1), rs.getObject(2, UUID.class))).list();
        return out;
    }

    /** Deletes the order; its lines and payments go with it. */
    boolean delete(UUID id) {
        return jdbc.sql("delete from sales_order where id = ?").param(id).update() == 1;
    }

    /** The payment is removed and its amount owed again; the paid date goes when the order is no longer paid in full. */
    void takeBackPayment(UUID paymentId, UUID orderId, long amount, UUID actor) {
        jdbc.sql("""
                update sales_order set paid_amount = paid_amount - ?,
                    paid_on = case when paid_amount - ? >= invoice_amount then paid_on end,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ?
                """).params(amount, amount, actor, orderId).update();
        jdbc.sql("delete from payment where id = ?").param(paymentId).update();
    }

    void insertPayment(UUID id, UUID orderId, LocalDate receivedOn, long amount, String note, UUID actor) {
        jdbc.sql("""
                insert into payment (id, order_id, received_on, amount, note, created_by) values (?, ?, ?, ?, ?, ?)
                """).params(id, orderId, receivedOn, amount, note, actor).update();
    }

    private static final String PAYMENTS = """
            select p.*, o.number, o.company_id, c.name as company_name from payment p
              join sales_order o on o.id = p.order_id join company c on c.id = o.company_id
            """;

    List<Payment> paymentsOf(UUID orderId) {
        return jdbc.sql(PAYMENTS + " where p.order_id = ? order by p.received_on, p.id").param(orderId)
                .query(OrderRepository::payment).list();
    }

    Optional<Payment> payment(UUID id) {
        return jdbc.sql(PAYMENTS + " where p.id = ?").param(id).query(OrderRepository::payment).optional();
    }

    /** Newest first (payment_created_idx), optionally one order's. */
    List<Payment> payments(UUID orderId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(PAYMENTS + " where (cast(? as uuid) is null or p.order_id = ?)");
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(orderId, orderId));
        KeysetOrder order = new KeysetOrder("p.created_at", "timestamptz", "p.id", true);
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(OrderRepository::payment).list();
    }

    /** A customer's orders and payments for the timeline, newest first, before a point. */
    List<TimelineRow> timeline(UUID companyId, Instant before, UUID beforeId, int limit) {
        return jdbc.sql("""
                select * from (
                  select 'order' as kind, o.id, o.id as order_id, o.created_at as at, o.number, o.title, o.invoice_amount as amount,
                         u.display_name as actor
                    from sales_order o left join app_user u on u.id = o.created_by
                   where o.company_id = ? and (cast(? as timestamptz) is null
                      or (o.created_at, o.id) < (cast(? as timestamptz), cast(? as uuid)))
                  union all
                  select 'payment', p.id, p.order_id, p.created_at, o.number, o.title, p.amount, u.display_name
                    from payment p join sales_order o on o.id = p.order_id left join app_user u on u.id = p.created_by
                   where o.company_id = ? and (cast(? as timestamptz) is null
                      or (p.created_at, p.id) < (cast(? as timestamptz), cast(? as uuid)))
                ) t order by at desc, id desc limit ?
                """).params(companyId, QuoteRepository.ts(before), QuoteRepository.ts(before), beforeId, companyId,
                QuoteRepository.ts(before), QuoteRepository.ts(before), beforeId, limit)
                .query((rs, n) -> new TimelineRow(rs.getString("kind"), rs.getObject("id", UUID.class),
                        rs.getObject("order_id", UUID.class),
                        rs.getTimestamp("at").toInstant(), rs.getString("number"), rs.getString("title"),
                        rs.getLong("amount"), rs.getString("actor")))
                .list();
    }

    record TimelineRow(String kind, UUID id, UUID orderId, Instant at, String number, String title, long amount, String actor) {
    }

    private Order full(ResultSet rs, int n) throws SQLException {
        return order(rs, lines.orderLines(rs.getObject("id", UUID.class)));
    }

    private static Order summary(ResultSet rs, int n) throws SQLException {
        return order(rs, List.of());
    }

    private static Order order(ResultSet rs, List<LineItem> items) throws SQLException {
        return new Order(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("deal_id", UUID.class),
                rs.getString("deal_title"), rs.getObject("quote_id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                rs.getString("title"), rs.getObject("ordered_on", LocalDate.class),
                rs.getObject("delivery_due_on", LocalDate.class), rs.getObject("delivered_on", LocalDate.class),
                rs.getLong("subtotal"), rs.getLong("tax"), rs.getLong("invoice_amount"),
                rs.getObject("invoiced_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getLong("paid_amount"), rs.getObject("paid_on", LocalDate.class), items, rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Payment payment(ResultSet rs, int n) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("number"),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("received_on", LocalDate.class), rs.getLong("amount"), rs.getString("note"),
                rs.getTimestamp("created_at").toInstant());
    }

    static Timestamp ts(Instant i) {
        return QuoteRepository.ts(i);
    }
}
