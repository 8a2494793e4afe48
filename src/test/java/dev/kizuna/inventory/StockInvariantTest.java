package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.ConflictException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.SystemActor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property: across a random sequence of receipts, shipments (some refused), returns, adjustments and transfers between
 * two locations, the stock at each location always equals the sum of its movements and what a model of the same
 * operations expects, and never goes below zero. Each seed is its own sequence; a failure names the seed.
 */
class StockInvariantTest extends InventoryFixture {

    @Autowired
    Stock stock;
    @Autowired
    MovementRepository movements;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 90210})
    void onHandAlwaysEqualsTheSumOfMovements(long seed) throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        UUID a = UUID.fromString(location(admin, "本社倉庫 " + seed));
        UUID b = UUID.fromString(location(admin, "オノウン " + seed));
        UUID sku = UUID.fromString(productSku(admin, product(admin, "クレンジングジェル 150g"), "クレンジングジェル", null,
                0)[0]);
        Random random = new Random(seed);
        Map<UUID, Long> model = new HashMap<>(Map.of(a, 0L, b, 0L));
        int refused = 0;
        for (int step = 0; step < 40; step++) {
            UUID from = random.nextBoolean() ? a : b;
            UUID to = from.equals(a) ? b : a;
            int n = 1 + random.nextInt(30);
            String kind = List.of("receipt", "shipment", "return", "adjustment", "transfer").get(random.nextInt(5));
            int signed = "adjustment".equals(kind) && random.nextBoolean() ? -n : n;
            long delta = switch (kind) {
                case "shipment", "transfer" -> -n;
                case "adjustment" -> signed;
                default -> n;
            };
            try {
                SystemActor.call(() -> stock.move(new MovementDraft(kind, sku, from, "transfer".equals(kind) ? to
                        : null, "adjustment".equals(kind) ? signed : n, null, "adjustment".equals(kind) ? "棚卸差異"
                        : null, "seed " + seed)));
                model.merge(from, delta, Long::sum);
                if ("transfer".equals(kind)) {
                    model.merge(to, (long) n, Long::sum);
                }
            } catch (RuleViolationException | ConflictException e) {
                assertThat(model.get(from) + delta).as("seed %d step %d: refused only when short", seed, step)
                        .isNegative();
                refused++;
            }
            for (UUID location : List.of(a, b)) {
                long level = movements.level(sku, location);
                Long sum = jdbc.sql("select coalesce(sum(quantity), 0) from stock_movement where sku_id = ?"
                        + " and location_id = ?").params(sku, location).query(Long.class).single();
                assertThat(level).as("seed %d step %d: level = sum of movements", seed, step).isEqualTo(sum)
                        .isEqualTo(model.get(location)).isNotNegative();
            }
        }
        assertThat(refused).as("seed %d: the sequence also tried to go below zero", seed).isPositive();
    }
}
