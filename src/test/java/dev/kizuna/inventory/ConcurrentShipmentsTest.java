package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.ConflictException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21: 20 shipments of 10 units started at once against 100 on hand leave exactly zero, ten shipments and ten
 * refusals (422 when the refusal saw the stock short beforehand, 409 when another shipment took it meanwhile), each
 * naming the SKU; stock never goes below zero. Without the level row's conditional update more than ten would pass.
 */
class ConcurrentShipmentsTest extends InventoryFixture {

    @Autowired
    Stock stock;

    @Test
    void twentyShipmentsOfTenAgainstAHundredLeaveZeroAndTenRefusals() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        defaultLocation(admin);
        String[] sku = productSku(admin, product(admin, "集中美容液 30mL"), "集中美容液 30mL", null, 0);
        assertThat(move(admin, "receipt", sku[0], null, 100, null).getStatus()).isEqualTo(201);
        UUID skuId = UUID.fromString(sku[0]);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    SystemActor.call(() -> stock.move(new MovementDraft("shipment", skuId, null, null, 10, null, null,
                            "同時出荷テスト")));
                    return "shipped";
                } catch (RuleViolationException e) {
                    assertThat(e.problems().getFirst().arguments()).first().isEqualTo(sku[1]);
                    return "422";
                } catch (ConflictException e) {
                    assertThat(e.problems().getFirst().arguments()).first().isEqualTo(sku[1]);
                    return "409";
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results.stream().filter("shipped"::equals)).hasSize(10);
        assertThat(results.stream().filter(r -> r.equals("422") || r.equals("409"))).hasSize(10);
        assertThat(onHand(admin, sku[1])).isZero();
        Long moved = jdbc.sql("select sum(quantity) from stock_movement where sku_id = ?").param(skuId)
                .query(Long.class).single();
        assertThat(moved).isZero();
        Long shipments = jdbc.sql("select count(*) from stock_movement where sku_id = ? and kind = 'shipment'")
                .param(skuId).query(Long.class).single();
        assertThat(shipments).isEqualTo(10);
    }
}
