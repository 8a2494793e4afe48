package dev.kizuna.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Movements (table {@code stock_movement}, append-only) and the stock derived from them ({@code stock_level}), written
 * together: {@link #apply} changes a level only when it stays at or above zero, under the level row's lock, so two
 * shipments of the last unit cannot both pass.
 */
@Repository
class MovementRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("m.created_at", "timestamptz", "m.id", true);
    private static final String SELECT = """
            select m.*, s.code as sku_code, s.name as sku_name, l.name as location_name from stock_movement m
              join sku s on s.id = m.sku_id join stock_location l on l.id = m.location_id
            """;

    private final JdbcClient jdbc;

    MovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** On hand of one SKU at one location (0 when nothing ever moved). */
    long level(UUID skuId, UUID locationId) {
        return jdbc.sql("select on_hand from stock_level where sku_id = ? and location_id = ?")
                .params(skuId, locationId).query(Long.class).optional().orElse(0L);
    }

    /** Adds {@code delta}; false (nothing written) when the result would be below zero. */
    boolean apply(UUID skuId, UUID locationId, long delta) {
        if (delta >= 0) {
            jdbc.sql("""
                    insert into stock_level (sku_id, location_id, on_hand) values (?, ?, ?)
                    on conflict (sku_id, location_id) do update set on_hand = stock_level.on_hand + excluded.on_hand
                    """).params(skuId, locationId, delta).update();
            return true;
        }
        return jdbc.sql("""
                update stock_level set on_hand = on_hand + ? where sku_id = ? and location_id = ? and on_hand + ? >= 0
                """).params(delta, skuId, locationId, delta).update() == 1;
    }

    void insert(UUID id, UUID skuId, UUID locationId, String kind, int quantity, LocalDate movedOn, String reason,
            String note, UUID orderId, Integer orderLine, UUID transferId, UUID stockTakeId, UUID actor) {
        jdbc.sql("""
                insert into stock_movement (id, sku_id, location_id, kind, quantity, moved_on, reason, note, order_id,
                    order_line, transfer_id, stock_take_id, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, skuId, locationId, kind, quantity, movedOn, reason, note, orderId, orderLine,
                transferId, stockTakeId, actor).update();
    }

    java.util.Optional<Movement> find(UUID id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MovementRepository::row).optional();
    }

    /** Newest first; one SKU's (stock_movement_sku_idx), one kind's (stock_movement_kind_idx) or all. */
    List<Movement> list(UUID skuId, String kind, UUID locationId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + """
                 where (cast(? as uuid) is null or m.sku_id = ?) and (cast(? as text) is null or m.kind = ?)
                   and (cast(? as uuid) is null or m.location_id = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(skuId, skuId, kind, kind, locationId, locationId));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(MovementRepository::row).list();
    }

    /** Whether an order line already shipped this SKU, or was found short. */
    boolean orderLineHandled(UUID orderId, int line, UUID skuId) {
        return jdbc.sql("""
                select exists (select 1 from stock_movement where order_id = ? and order_line = ? and sku_id = ?)
                    or exists (select 1 from stock_order_shortfall where order_id = ? and order_line = ? and sku_id = ?)
                """).params(orderId, line, skuId, orderId, line, skuId).query(Boolean.class).single();
    }

    void insertShortfall(UUID orderId, int line, UUID skuId, UUID locationId, int quantity, long shortfall,
            LocalDate shippedOn) {
        jdbc.sql("""
                insert into stock_order_shortfall (order_id, order_line, sku_id, location_id, quantity, shortfall,
                    shipped_on) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """).params(orderId, line, skuId, locationId, quantity, shortfall, shippedOn).update();
    }

    List<Shortfall> openShortfalls(int limit) {
        return jdbc.sql(SHORTFALLS + " where f.resolved_at is null order by f.created_at, f.order_id limit ?")
                .param(limit).query(MovementRepository::shortfall).list();
    }

    java.util.Optional<Shortfall> shortfall(UUID orderId, int line, UUID skuId) {
        return jdbc.sql(SHORTFALLS + """
                 where f.resolved_at is null and f.order_id = ? and f.order_line = ? and f.sku_id = ?""")
                .params(orderId, line, skuId).query(MovementRepository::shortfall).optional();
    }

    private static final String SHORTFALLS = """
            select f.*, s.code, s.name from stock_order_shortfall f join sku s on s.id = f.sku_id
            """;

    private static Shortfall shortfall(ResultSet rs, int n) throws SQLException {
        return new Shortfall(rs.getObject("order_id", UUID.class), rs.getInt("order_line"),
                rs.getObject("sku_id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getObject("location_id", UUID.class), rs.getInt("quantity"), rs.getInt("shortfall"),
                rs.getObject("shipped_on", LocalDate.class));
    }

    boolean resolveShortfall(UUID orderId, int line, UUID skuId) {
        return jdbc.sql("""
                update stock_order_shortfall set resolved_at = now()
                 where order_id = ? and order_line = ? and sku_id = ? and resolved_at is null
                """).params(orderId, line, skuId).update() == 1;
    }

    /** SKUs whose stock_level disagrees with the sum of their movements (should never be any). */
    List<String> unreconciled() {
        return jdbc.sql("""
                select s.code from sku s
                  left join (select sku_id, sum(on_hand) as on_hand from stock_level group by sku_id) l on l.sku_id = s.id
                  left join (select sku_id, sum(quantity) as moved from stock_movement group by sku_id) m on m.sku_id = s.id
                 where coalesce(l.on_hand, 0) <> coalesce(m.moved, 0) order by s.code
                """).query(String.class).list();
    }

    /** Per SKU: on hand at each location, for the stock list's breakdown. */
    Map<UUID, List<LocationStock>> byLocation(List<UUID> skuIds) {
        Map<UUID, List<LocationStock>> out = new java.util.LinkedHashMap<>();
        if (skuIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select v.sku_id, v.location_id, l.name, v.on_hand from stock_level v
                  join stock_location l on l.id = v.location_id where v.sku_id = any(?) order by v.sku_id, l.name
                """).param(skuIds.toArray(UUID[]::new)).query((rs, n) -> out.computeIfAbsent(
                rs.getObject("sku_id", UUID.class), k -> new ArrayList<>()).add(new LocationStock(
                rs.getObject("location_id", UUID.class), rs.getString("name"), rs.getLong("on_hand")))).list();
        return out;
    }

    /**
     * Per SKU, the partner location that ships it: the one holding the most of it on hand (ties: the lower code);
     * SKUs no partner holds are not in the map.
     */
    Map<UUID, UUID> shippingPartners() {
        Map<UUID, UUID> out = new java.util.HashMap<>();
        jdbc.sql("""
                select distinct on (v.sku_id) v.sku_id, v.location_id from stock_level v
                  join stock_location l on l.id = v.location_id
                 where l.kind = 'partner' and v.on_hand > 0 order by v.sku_id, v.on_hand desc, l.code
                """).query((rs, n) -> out.put(rs.getObject("sku_id", UUID.class), rs.getObject("location_id", UUID.class)))
                .list();
        return out;
    }

    private static Movement row(ResultSet rs, int n) throws SQLException {
        return new Movement(rs.getObject("id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getString("sku_code"), rs.getString("sku_name"), rs.getObject("location_id", UUID.class),
                rs.getString("location_name"), rs.getString("kind"), rs.getInt("quantity"),
                rs.getObject("moved_on", LocalDate.class), rs.getString("reason"), rs.getString("note"),
                rs.getObject("order_id", UUID.class), (Integer) rs.getObject("order_line"),
                rs.getObject("transfer_id", UUID.class), rs.getObject("stock_take_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class));
    }
}
