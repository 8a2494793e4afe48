package dev.kizuna.commerce;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Line items of quotes ({@code quote_line}) and orders ({@code order_line}): same columns, keyed by their parent. */
@Repository
class LineRepository {

    private final JdbcClient jdbc;

    LineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LineItem> quoteLines(UUID quoteId) {
        return lines("quote_line", "quote_id", quoteId);
    }

    List<LineItem> orderLines(UUID orderId) {
        return lines("order_line", "order_id", orderId);
    }

    void replaceQuoteLines(UUID quoteId, List<LineItem> lines) {
        jdbc.sql("delete from quote_line where quote_id = ?").param(quoteId).update();
        insert("quote_line", "quote_id", quoteId, lines);
    }

    void insertOrderLines(UUID orderId, List<LineItem> lines) {
        insert("order_line", "order_id", orderId, lines);
    }

    private List<LineItem> lines(String table, String key, UUID id) {
        return jdbc.sql("select * from " + table + " where " + key + " = ? order by position").param(id)
                .query((rs, n) -> new LineItem(rs.getObject("product_id", UUID.class), rs.getString("description"),
                        rs.getInt("quantity"), rs.getString("unit"), rs.getLong("unit_price"), rs.getInt("tax_rate"),
                        rs.getLong("amount")))
                .list();
    }

    private void insert(String table, String key, UUID id, List<LineItem> lines) {
        for (int i = 0; i < lines.size(); i++) {
            LineItem l = lines.get(i);
            jdbc.sql("insert into " + table + " (" + key + ", position, product_id, description, quantity, unit, "
                    + "unit_price, tax_rate, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i + 1, l.productId(), l.description(), l.quantity(), l.unit(), l.unitPrice(),
                            l.taxRate(), l.amount())
                    .update();
        }
    }
}
