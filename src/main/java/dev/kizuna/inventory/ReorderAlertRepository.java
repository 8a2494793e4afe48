package dev.kizuna.inventory;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reorder alerts (table {@code stock_reorder_alert}): at most one open per SKU (a partial unique index), so raising is
 * idempotent and two movements crossing at once raise it once.
 */
@Repository
class ReorderAlertRepository {

    private final JdbcClient jdbc;

    ReorderAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the SKU's alert; true only when none was open (this is the crossing). */
    boolean raise(UUID id, UUID skuId, long available, int reorderPoint) {
        return jdbc.sql("""
                insert into stock_reorder_alert (id, sku_id, available, reorder_point) values (?, ?, ?, ?)
                on conflict (sku_id) where cleared_at is null do nothing
                """).params(id, skuId, available, reorderPoint).update() == 1;
    }

    /** Closes the SKU's open alert, if any (it is back above its reorder point). */
    void clear(UUID skuId) {
        jdbc.sql("update stock_reorder_alert set cleared_at = now() where sku_id = ? and cleared_at is null")
                .param(skuId).update();
    }
}
