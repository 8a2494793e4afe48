package dev.kizuna.inventory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.marketing.DeliveryCycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the forecast reads in one pass: marketing's live subscriptions with their items mapped to SKUs, each start-month
 * cohort's counts (a declared read of marketing's tables), the SKU of each product and the enclosures per SKU.
 */
@Repository
class SubscriptionDemandRepository {

    private final JdbcClient jdbc;

    SubscriptionDemandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StockForecast.Scheduled> live() {
        Map<UUID, StockForecast.Scheduled> out = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, s.status, s.next_delivery_on, s.cycle_unit, s.cycle_every, s.cycle_day, s.started_on,
                       k.id as sku_id, i.quantity
                  from subscription s join subscription_item i on i.subscription_id = s.id
                  join sku k on k.product_id = i.product_id and k.active
                 where s.status <> 'cancelled' order by s.id
                """).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    StockForecast.Scheduled s = out.computeIfAbsent(id, k -> {
                        try {
                            return new StockForecast.Scheduled(rs.getString("status"),
                                    rs.getObject("next_delivery_on", LocalDate.class),
                                    new DeliveryCycle(DeliveryCycle.Unit.ofCode(rs.getString("cycle_unit")),
                                            rs.getInt("cycle_every"), (Integer) rs.getObject("cycle_day")),
                                    YearMonth.from(rs.getObject("started_on", LocalDate.class)), new HashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    s.skuQuantities().merge(rs.getObject("sku_id", UUID.class), rs.getInt("quantity"), Integer::sum);
                    return id;
                }).list();
        return new ArrayList<>(out.values());
    }

    Map<YearMonth, StockForecast.Cohort> cohorts() {
        Map<YearMonth, StockForecast.Cohort> out = new HashMap<>();
        jdbc.sql("""
                select to_char(started_on, 'YYYY-MM') as cohort, count(*) as started,
                       count(*) filter (where status <> 'cancelled') as continuing
                  from subscription group by 1
                """).query((rs, n) -> out.put(YearMonth.parse(rs.getString("cohort")),
                new StockForecast.Cohort(rs.getLong("started"), rs.getLong("continuing")))).list();
        return out;
    }

    Map<UUID, Map<UUID, Integer>> enclosures() {
        Map<UUID, Map<UUID, Integer>> out = new HashMap<>();
        jdbc.sql("select sku_id, enclosure_id, quantity from sku_enclosure").query((rs, n) -> out.computeIfAbsent(
                rs.getObject("sku_id", UUID.class), k -> new HashMap<>()).put(rs.getObject("enclosure_id", UUID.class),
                rs.getInt("quantity"))).list();
        return out;
    }
}
