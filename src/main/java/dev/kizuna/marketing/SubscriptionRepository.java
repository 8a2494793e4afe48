package dev.kizuna.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Subscriptions (table {@code subscription}), their items and history. */
@Repository
class SubscriptionRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("s.created_at", "timestamptz", "s.id", true);
    private static final String SELECT = """
            select s.*, c.name as company_name from subscription s join company c on c.id = s.company_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubscriptionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SubscriptionRepository::row).optional()
                .map(s -> s.withItems(items(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Newest first (subscription_created_idx), or one customer's (subscription_company_idx); optionally one status. */
    List<Subscription> list(UUID companyId, String status, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + """
                 where (cast(? as uuid) is null or s.company_id = ?) and (cast(? as text) is null or s.status = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(companyId, companyId, status, status));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        List<Subscription> rows = jdbc.sql(sql.toString()).params(args).query(SubscriptionRepository::row).list();
        Map<UUID, List<Subscription.Item>> items = items(rows.stream().map(Subscription::id).toList());
        return rows.stream().map(s -> s.withItems(items.getOrDefault(s.id(), List.of()))).toList();
    }

    private Map<UUID, List<Subscription.Item>> items(List<UUID> ids) {
        Map<UUID, List<Subscription.Item>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select i.*, p.name as product_name, p.tax_rate from subscription_item i
                  join product p on p.id = i.product_id where i.subscription_id = any(?) order by i.subscription_id, i.position
                """).param(ids.toArray(UUID[]::new)).query((rs, n) -> out.computeIfAbsent(
                rs.getObject("subscription_id", UUID.class), k -> new ArrayList<>()).add(new Subscription.Item(
                rs.getObject("product_id", UUID.class), rs.getString("product_name"), rs.getInt("quantity"),
                rs.getLong("unit_price"), rs.getInt("tax_rate")))).list();
        return out;
    }

    void insert(Subscription s, UUID actor) {
        jdbc.sql("""
                insert into subscription (id, company_id, title, cycle_unit, cycle_every, cycle_day, next_delivery_on,
                    status, payment, started_on, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(s.id(), s.companyId(), s.title(), s.cycle().unit().code(), s.cycle().every(),
                s.cycle().dayOfMonth(), s.nextDeliveryOn(), s.status().code(), s.payment(), s.startedOn(), actor,
                actor).update();
        replaceItems(s.id(), s.items());
    }

    /** Writes everything but the customer and the start; false when {@code version} is stale. */
    boolean update(Subscription s, long version, UUID actor) {
        return jdbc.sql("""
                update subscription set title = ?, cycle_unit = ?, cycle_every = ?, cycle_day = ?,
                    next_delivery_on = ?, status = ?, paused_until = ?, payment = ?, cancelled_on = ?,
                    cancel_reason = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(s.title(), s.cycle().unit().code(), s.cycle().every(), s.cycle().dayOfMonth(),
                s.nextDeliveryOn(), s.status().code(), s.pausedUntil(), s.payment(), s.cancelledOn(),
                s.cancelReason(), actor, s.id(), version).update() == 1;
    }

    void replaceItems(UUID id, List<Subscription.Item> items) {
        jdbc.sql("delete from subscription_item where subscription_id = ?").param(id).update();
        for (int i = 0; i < items.size(); i++) {
            Subscription.Item item = items.get(i);
            jdbc.sql("""
                    insert into subscription_item (subscription_id, position, product_id, quantity, unit_price)
                    values (?, ?, ?, ?, ?)
                    """).params(id, i, item.productId(), item.quantity(), item.unitPrice()).update();
        }
    }

    void addHistory(UUID id, UUID actor, String action, SubscriptionStatus before, SubscriptionStatus after,
            Map<String, Object> detail) {
        jdbc.sql("""
                insert into subscription_history (id, subscription_id, actor, action, status_before, status_after, detail)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """).params(dev.kizuna.platform.Ids.newId(), id, actor, action, before == null ? null : before.code(),
                after.code(), json.writeValueAsString(detail)).update();
    }

    List<SubscriptionEntry> history(UUID id) {
        return jdbc.sql("""
                select h.*, u.display_name from subscription_history h left join app_user u on u.id = h.actor
                 where h.subscription_id = ? order by h.at, h.id
                """).param(id).query((rs, n) -> new SubscriptionEntry(rs.getObject("id", UUID.class),
                rs.getTimestamp("at").toInstant(), rs.getObject("actor", UUID.class), rs.getString("display_name"),
                rs.getString("action"), rs.getString("status_before"), rs.getString("status_after"),
                json.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() { }))).list();
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        DeliveryCycle cycle = new DeliveryCycle(DeliveryCycle.Unit.ofCode(rs.getString("cycle_unit")),
                rs.getInt("cycle_every"), (Integer) rs.getObject("cycle_day"));
        return new Subscription(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("title"), cycle,
                rs.getObject("next_delivery_on", LocalDate.class), SubscriptionStatus.ofCode(rs.getString("status")),
                rs.getObject("paused_until", LocalDate.class), rs.getString("payment"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("cancelled_on", LocalDate.class),
                rs.getString("cancel_reason"), List.of(), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** The customer's next delivery among its subscriptions that are not cancelled: its date and title. */
    Optional<Map.Entry<LocalDate, String>> nextDeliveryOf(UUID companyId) {
        return jdbc.sql("""
                select next_delivery_on, title from subscription where company_id = ? and status <> 'cancelled'
                order by next_delivery_on, id limit 1
                """).param(companyId).query((rs, n) -> Map.entry(rs.getObject("next_delivery_on", LocalDate.class),
                rs.getString("title"))).optional();
    }
}
