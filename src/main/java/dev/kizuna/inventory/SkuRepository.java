package dev.kizuna.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** SKUs (table {@code sku}) and what is enclosed with them ({@code sku_enclosure}). */
@Repository
class SkuRepository {

    /** The list's sorts, each served by an index on (column, id): the unique code, sku_name_idx. */
    static final Map<String, KeysetOrder> SORTS = Map.of(
            "code", new KeysetOrder("s.code", "text", "s.id", false),
            "name", new KeysetOrder("s.name", "text", "s.id", false));

    private final JdbcClient jdbc;

    SkuRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Sku> find(UUID id) {
        return jdbc.sql("select s.* from sku s where s.id = ?").param(id).query(SkuRepository::row).optional()
                .map(s -> s.withEnclosures(enclosures(List.of(id)).getOrDefault(id, List.of())));
    }

    Optional<Sku> byCode(String code) {
        return jdbc.sql("select s.id from sku s where s.code = ?").param(code).query(UUID.class).optional()
                .flatMap(this::find);
    }

    Optional<UUID> ofProduct(UUID productId) {
        return jdbc.sql("select id from sku where product_id = ? and active").param(productId).query(UUID.class)
                .optional();
    }

    List<Sku> list(String kind, Boolean active, String sort, boolean desc, Cursor after, int fetchSize) {
        KeysetOrder order = order(sort, desc);
        StringBuilder sql = new StringBuilder("""
                select s.* from sku s where (cast(? as text) is null or s.kind = ?)
                   and (cast(? as boolean) is null or s.active = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(kind, kind, active, active));
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        List<Sku> rows = jdbc.sql(sql.toString()).params(args).query(SkuRepository::row).list();
        Map<UUID, List<Sku.Enclosure>> enc = enclosures(rows.stream().map(Sku::id).toList());
        return rows.stream().map(s -> s.withEnclosures(enc.getOrDefault(s.id(), List.of()))).toList();
    }

    static KeysetOrder order(String sort, boolean desc) {
        KeysetOrder o = SORTS.get(sort == null ? "code" : sort);
        return new KeysetOrder(o.columns(), o.sqlTypes(), o.idColumn(), desc);
    }

    Map<UUID, List<Sku.Enclosure>> enclosures(List<UUID> ids) {
        Map<UUID, List<Sku.Enclosure>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select e.sku_id, e.enclosure_id, e.quantity, s.code, s.name from sku_enclosure e
                  join sku s on s.id = e.enclosure_id where e.sku_id = any(?) order by e.sku_id, s.code
                """).param(ids.toArray(UUID[]::new)).query((rs, n) -> out.computeIfAbsent(
                rs.getObject("sku_id", UUID.class), k -> new ArrayList<>()).add(new Sku.Enclosure(
                rs.getObject("enclosure_id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getInt("quantity")))).list();
        return out;
    }

    void insert(UUID id, SkuDraft d, UUID actor) {
        jdbc.sql("""
                insert into sku (id, code, name, kind, product_id, reorder_point, active, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.code(), d.name(), d.kind(), d.productId(), d.reorderPoint(), d.active(), actor, actor)
                .update();
    }

    boolean update(UUID id, long version, String name, int reorderPoint, boolean active, UUID actor) {
        return jdbc.sql("""
                update sku set name = ?, reorder_point = ?, active = ?, version = version + 1, updated_at = now(),
                    updated_by = ? where id = ? and version = ?
                """).params(name, reorderPoint, active, actor, id, version).update() == 1;
    }

    void replaceEnclosures(UUID id, List<Sku.Enclosure> enclosures) {
        jdbc.sql("delete from sku_enclosure where sku_id = ?").param(id).update();
        for (Sku.Enclosure e : enclosures) {
            jdbc.sql("insert into sku_enclosure (sku_id, enclosure_id, quantity) values (?, ?, ?)")
                    .params(id, e.skuId(), e.quantity()).update();
        }
    }

    private static Sku row(ResultSet rs, int n) throws SQLException {
        return new Sku(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getObject("product_id", UUID.class), rs.getInt("reorder_point"),
                rs.getBoolean("active"), List.of(), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
