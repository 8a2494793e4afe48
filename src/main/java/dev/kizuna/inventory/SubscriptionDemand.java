package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The units the live subscriptions' deliveries need in a period, per SKU, enclosures included (no thinning). */
@Component
class SubscriptionDemand {

    private final SubscriptionDemandRepository demand;

    SubscriptionDemand(SubscriptionDemandRepository demand) {
        this.demand = demand;
    }

    /** Deliveries in {@code [from, until]} × quantity, per SKU, and their enclosures. */
    Map<UUID, Long> scheduled(LocalDate from, LocalDate until) {
        Map<UUID, Long> units = new LinkedHashMap<>();
        for (StockForecast.Scheduled s : demand.live()) {
            int n = StockForecast.deliveries(s, from, until.plusDays(1));
            s.skuQuantities().forEach((sku, qty) -> units.merge(sku, (long) n * qty, Long::sum));
        }
        Map<UUID, Map<UUID, Integer>> enclosures = demand.enclosures();
        Map<UUID, Long> out = new LinkedHashMap<>(units);
        units.forEach((sku, n) -> enclosures.getOrDefault(sku, Map.of()).forEach((e, per) ->
                out.merge(e, n * per, Long::sum)));
        out.values().removeIf(n -> n <= 0);
        return out;
    }
}
