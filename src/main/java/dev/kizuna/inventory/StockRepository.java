package dev.kizuna.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock list: each SKU with its on hand (stock_level, by its primary key) and allocated (active allocations,
 * stock_allocation_active_idx), in SKU code or name order (the sku indexes).
 */
@Repository
class StockRepository {

    private static final String SELECT = """
            select s.id, s.code, s.name, s.kind, s.reorder_point,
                   coalesce((select sum(v.on_hand) from stock_level v where v.sku_id = s.id), 0) as on_hand,
                   coalesce((select sum(a.quantity) from stock_allocation a
                              where a.sku_id = s.id and a.released_at is null and a.until_on >= ?), 0) as allocated
              from sku s
            """;

    private final JdbcClient jdbc;

    StockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StockLine> list(LocalDate today, String code, String kind, Boolean below, String sort, boolean desc,
            Cursor after, int fetchSize) {
        var order = SkuRepository.order(sort, desc);
        StringBuilder sql = new StringBuilder("select * from (" + SELECT + """
                 where s.active and (cast(? as text) is null or s.code = ?) and (cast(? as text) is null or s.kind = ?)
                ) s where (cast(? as boolean) is null
                   or (s.reorder_point > 0 and s.on_hand - s.allocated <= s.reorder_point) = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(today, code, code, kind, kind, below, below));
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(StockRepository::row).list();
    }

    /** Every active SKU's stock, in code order: the whole picture at once (exports, the benchmark). */
    List<StockLine> all(LocalDate today) {
        return jdbc.sql(SELECT + " where s.active order by s.code").param(today).query(StockRepository::row).list();
    }

    StockLine one(LocalDate today, UUID skuId) {
        return jdbc.sql(SELECT + " where s.id = ?").params(today, skuId).query(StockRepository::row).single();
    }

    private static StockLine row(ResultSet rs, int n) throws SQLException {
        return new StockLine(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getLong("on_hand"), rs.getLong("allocated"), rs.getInt("reorder_point"));
    }
}
