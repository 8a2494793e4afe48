package dev.kizuna.inventory;

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

/** Stock-takes (tables {@code stock_take}, {@code stock_take_line}). */
@Repository
class StockTakeRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("t.created_at", "timestamptz", "t.id", true);
    private static final String SELECT = """
            select t.*, l.name as location_name from stock_take t join stock_location l on l.id = t.location_id
            """;

    private final JdbcClient jdbc;

    StockTakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StockTake> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(StockTakeRepository::row).optional()
                .map(t -> withLines(List.of(t)).getFirst());
    }

    /** Newest first (stock_take_created_idx, or stock_take_status_idx for one status). */
    List<StockTake> list(String status, UUID locationId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + """
                 where (cast(? as text) is null or t.status = ?) and (cast(? as uuid) is null or t.location_id = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(status, status, locationId, locationId));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return withLines(jdbc.sql(sql.toString()).params(args).query(StockTakeRepository::row).list());
    }

    private List<StockTake> withLines(List<StockTake> takes) {
        if (takes.isEmpty()) {
            return takes;
        }
        Map<UUID, List<StockTake.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                select l.*, s.code, s.name from stock_take_line l join sku s on s.id = l.sku_id
                 where l.stock_take_id = any(?) order by l.stock_take_id, s.code
                """).param(takes.stream().map(StockTake::id).toArray(UUID[]::new)).query((rs, n) ->
                lines.computeIfAbsent(rs.getObject("stock_take_id", UUID.class), k -> new ArrayList<>()).add(
                        new StockTake.Line(rs.getObject("sku_id", UUID.class), rs.getString("code"),
                                rs.getString("name"), rs.getLong("book_quantity"), (Long) rs.getObject("counted"),
                                rs.getString("reason")))).list();
        return takes.stream().map(t -> new StockTake(t.id(), t.locationId(), t.locationName(), t.title(), t.status(),
                t.startedOn(), t.closedAt(), lines.getOrDefault(t.id(), List.of()), t.version(), t.createdAt()))
                .toList();
    }

    /** Starts a take with the book of every SKU that has ever had stock at the location (or the SKUs given). */
    void insert(UUID id, UUID locationId, String title, LocalDate startedOn, List<UUID> skuIds, UUID actor) {
        jdbc.sql("""
                insert into stock_take (id, location_id, title, status, started_on, created_by, updated_by)
                values (?, ?, ?, 'open', ?, ?, ?)
                """).params(id, locationId, title, startedOn, actor, actor).update();
        jdbc.sql("""
                insert into stock_take_line (stock_take_id, sku_id, book_quantity)
                select ?, s.id, coalesce(v.on_hand, 0) from sku s
                  left join stock_level v on v.sku_id = s.id and v.location_id = ?
                 where s.active and (cast(? as uuid[]) is null and v.sku_id is not null or s.id = any(?))
                """).params(id, locationId, skuIds == null ? null : skuIds.toArray(UUID[]::new),
                skuIds == null ? new UUID[0] : skuIds.toArray(UUID[]::new)).update();
    }

    void count(UUID id, UUID skuId, Long counted, String reason) {
        jdbc.sql("update stock_take_line set counted = ?, reason = ? where stock_take_id = ? and sku_id = ?")
                .params(counted, reason, id, skuId).update();
    }

    boolean touch(UUID id, long version, UUID actor) {
        return jdbc.sql("""
                update stock_take set version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and status = 'open'
                """).params(actor, id, version).update() == 1;
    }

    void close(UUID id, UUID actor) {
        jdbc.sql("""
                update stock_take set status = 'closed', closed_at = now(), closed_by = ?, updated_at = now(),
                    updated_by = ? where id = ?
                """).params(actor, actor, id).update();
    }

    private static StockTake row(ResultSet rs, int n) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        return new StockTake(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
                rs.getString("location_name"), rs.getString("title"), rs.getString("status"),
                rs.getObject("started_on", LocalDate.class), closed == null ? null : closed.toInstant(), List.of(),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant());
    }
}
