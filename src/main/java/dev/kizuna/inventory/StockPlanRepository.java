package dev.kizuna.inventory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monthly plans (table {@code stock_plan}) beside the month's actual receipts and shipments, summed from the movements
 * of each SKU in the month (stock_movement_month_idx), in SKU code order.
 */
@Repository
class StockPlanRepository {

    static final KeysetOrder BY_CODE = new KeysetOrder("s.code", "text", "s.id", false);

    private final JdbcClient jdbc;

    StockPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StockPlanRow> list(YearMonth month, String code, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                select s.id, s.code, s.name, p.planned_receipts, p.planned_shipments, p.version,
                       coalesce((select sum(m.quantity) from stock_movement m where m.sku_id = s.id
                                   and m.moved_on >= ? and m.moved_on < ? and m.kind = 'receipt'), 0) as receipts,
                       coalesce((select -sum(m.quantity) from stock_movement m where m.sku_id = s.id
                                   and m.moved_on >= ? and m.moved_on < ? and m.kind = 'shipment'), 0) as shipments
                  from sku s left join stock_plan p on p.sku_id = s.id and p.month = ?
                 where s.active and (cast(? as text) is null or s.code = ?)""");
        var first = month.atDay(1);
        var next = month.plusMonths(1).atDay(1);
        List<Object> args = new ArrayList<>(Arrays.asList(first, next, first, next, first, code, code));
        BY_CODE.appendAfter(sql, args, after);
        BY_CODE.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new StockPlanRow(rs.getObject("id", UUID.class),
                rs.getString("code"), rs.getString("name"), month, rs.getInt("planned_receipts"),
                rs.getInt("planned_shipments"), rs.getLong("receipts"), rs.getLong("shipments"),
                (Long) rs.getObject("version"))).list();
    }

    /** Writes the plan; false when {@code version} is stale (null: only if there is no plan yet). */
    boolean save(UUID skuId, YearMonth month, int receipts, int shipments, Long version, UUID actor) {
        if (version == null) {
            return jdbc.sql("""
                    insert into stock_plan (sku_id, month, planned_receipts, planned_shipments, updated_by)
                    values (?, ?, ?, ?, ?) on conflict do nothing
                    """).params(skuId, month.atDay(1), receipts, shipments, actor).update() == 1;
        }
        return jdbc.sql("""
                update stock_plan set planned_receipts = ?, planned_shipments = ?, version = version + 1,
                    updated_at = now(), updated_by = ? where sku_id = ? and month = ? and version = ?
                """).params(receipts, shipments, actor, skuId, month.atDay(1), version).update() == 1;
    }
}
