package dev.kizuna.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The price list (table {@code product}), by code. */
@Repository
class ProductRepository {

    static final KeysetOrder BY_CODE = new KeysetOrder("p.code", "text", "p.id", false);

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Served by product_code_idx. */
    List<Product> list(boolean withInactive, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from product p where (? or p.active)");
        List<Object> args = new ArrayList<>(List.of(withInactive));
        BY_CODE.appendAfter(sql, args, after);
        BY_CODE.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(ProductRepository::map).list();
    }

    Optional<Product> find(UUID id) {
        return jdbc.sql("select * from product where id = ?").param(id).query(ProductRepository::map).optional();
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select exists (select 1 from product where code = ? and id is distinct from ?)")
                .params(code, except).query(Boolean.class).single();
    }

    void insert(UUID id, ProductDraft d, UUID actor) {
        jdbc.sql("""
                insert into product (id, code, name, unit, unit_price, tax_rate, active, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.code(), d.name(), d.unit(), d.unitPrice(), d.taxRate(), d.active(), actor, actor)
                .update();
    }

    boolean update(UUID id, long version, ProductDraft d, UUID actor) {
        return jdbc.sql("""
                update product set code = ?, name = ?, unit = ?, unit_price = ?, tax_rate = ?, active = ?,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(d.code(), d.name(), d.unit(), d.unitPrice(), d.taxRate(), d.active(), actor, id, version)
                .update() == 1;
    }

    static Product map(ResultSet rs, int n) throws SQLException {
        return new Product(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("unit"), rs.getLong("unit_price"), rs.getInt("tax_rate"), rs.getBoolean("active"),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
