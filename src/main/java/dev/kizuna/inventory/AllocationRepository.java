package dev.kizuna.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocations (table {@code stock_allocation}). */
@Repository
class AllocationRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("a.created_at", "timestamptz", "a.id", true);
    private static final String SELECT = """
            select a.*, s.code, s.name from stock_allocation a join sku s on s.id = a.sku_id
            """;

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Allocation> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AllocationRepository::row).optional();
    }

    /**
     * Newest first (stock_allocation_created_idx, or stock_allocation_sku_idx for one SKU); {@code active} keeps those
     * counted on {@code today} (true) or the others (false).
     */
    List<Allocation> list(UUID skuId, String purpose, UUID campaignId, Boolean active, LocalDate today, Cursor after,
            int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + """
                 where (cast(? as uuid) is null or a.sku_id = ?) and (cast(? as text) is null or a.purpose = ?)
                   and (cast(? as uuid) is null or a.campaign_id = ?)
                   and (cast(? as boolean) is null or (a.released_at is null and a.until_on >= ?) = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(skuId, skuId, purpose, purpose, campaignId, campaignId,
                active, today, active));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(AllocationRepository::row).list();
    }

    void insert(UUID id, UUID skuId, String purpose, UUID campaignId, String label, int quantity, LocalDate until,
            UUID actor) {
        jdbc.sql("""
                insert into stock_allocation (id, sku_id, purpose, campaign_id, label, quantity, until_on, created_by,
                    updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, skuId, purpose, campaignId, label, quantity, until, actor, actor).update();
    }

    boolean release(UUID id, long version, UUID actor) {
        return jdbc.sql("""
                update stock_allocation set released_at = now(), released_by = ?, version = version + 1,
                    updated_at = now(), updated_by = ? where id = ? and version = ? and released_at is null
                """).params(actor, actor, id, version).update() == 1;
    }

    private static Allocation row(ResultSet rs, int n) throws SQLException {
        var released = rs.getTimestamp("released_at");
        return new Allocation(rs.getObject("id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getString("code"), rs.getString("name"), rs.getString("purpose"),
                rs.getObject("campaign_id", UUID.class), rs.getString("label"), rs.getInt("quantity"),
                rs.getObject("until_on", LocalDate.class), released == null ? null : released.toInstant(),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant());
    }
}
