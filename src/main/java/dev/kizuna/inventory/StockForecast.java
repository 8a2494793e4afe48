package dev.kizuna.inventory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.marketing.DeliveryCycle;

/**
 * The demand forecast's rules, plain Java (no Spring, no database): for the window {@code [from, from + months)},
 * per SKU,
 * <ul>
 * <li>subscriptions: every delivery a live subscription will make in the window (from its next delivery along its
 * cycle; a skipping one leaves out its next, a paused one those before its pause ends) × its quantity, thinned by its
 * start-month cohort's continuation rate (cohort subscriptions not cancelled ÷ cohort subscriptions started);</li>
 * <li>campaigns: a planned campaign starting in the window brings expected orders × quantity per order (the expected
 * orders replaced by N when asked "what if scaled to N customers?");</li>
 * <li>enclosures: each unit of a SKU above needs its enclosures (per unit).</li>
 * </ul>
 * The total is rounded up to whole units; every contribution is kept as a {@link Step} so the calculation can be shown.
 */
final class StockForecast {

    private StockForecast() {
    }

    /** A live subscription's schedule: status code, next delivery, cycle, start cohort and items as SKU → quantity. */
    record Scheduled(String status, LocalDate nextDeliveryOn, DeliveryCycle cycle, YearMonth cohort,
            Map<UUID, Integer> skuQuantities) {
    }

    /** A cohort's subscriptions started and those not cancelled. */
    record Cohort(long started, long continuing) {
        double rate() {
            return started == 0 ? 1.0 : (double) continuing / started;
        }
    }

    /** A planned campaign: expected orders, each with these SKUs and quantities. */
    record Campaign(UUID id, String name, LocalDate startsOn, int expectedOrders, Map<UUID, Integer> perOrder) {
    }

    /** One contribution: {@code count} (units scheduled, orders, or parent units) × {@code per} × {@code rate}. */
    record Step(String source, String label, double count, int per, double rate, double units) {
    }

    record SkuDemand(UUID skuId, double units, List<Step> steps) {
        long total() {
            return (long) Math.ceil(units - 1e-9);
        }
    }

    /** Deliveries of one subscription in {@code [from, to)}. */
    static int deliveries(Scheduled s, LocalDate from, LocalDate to) {
        if ("cancelled".equals(s.status()) || s.nextDeliveryOn() == null) {
            return 0;
        }
        int n = 0;
        for (LocalDate d = s.nextDeliveryOn(); d.isBefore(to); d = s.cycle().next(d)) {
            boolean skipped = "skipping".equals(s.status()) && d.equals(s.nextDeliveryOn());
            if (!d.isBefore(from) && !skipped) {
                n++;
            }
        }
        return n;
    }

    static Map<UUID, SkuDemand> forecast(LocalDate from, int months, List<Scheduled> subscriptions,
            Map<YearMonth, Cohort> cohorts, List<Campaign> campaigns, Map<UUID, Integer> scaledTo,
            Map<UUID, Map<UUID, Integer>> enclosures) {
        LocalDate to = from.plusMonths(months);
        Map<UUID, List<Step>> steps = new LinkedHashMap<>();
        Map<UUID, Map<YearMonth, Double>> scheduledByCohort = new LinkedHashMap<>();
        for (Scheduled s : subscriptions) {
            int n = deliveries(s, from, to);
            s.skuQuantities().forEach((sku, qty) -> scheduledByCohort.computeIfAbsent(sku, k -> new java.util.TreeMap<>())
                    .merge(s.cohort(), (double) n * qty, Double::sum));
        }
        scheduledByCohort.forEach((sku, byCohort) -> byCohort.forEach((cohort, units) -> {
            if (units > 0) {
                double rate = cohorts.getOrDefault(cohort, new Cohort(0, 0)).rate();
                add(steps, sku, new Step("subscriptions", cohort.toString(), units, 1, rate, units * rate));
            }
        }));
        for (Campaign c : campaigns) {
            if (c.startsOn().isBefore(from) || !c.startsOn().isBefore(to)) {
                continue;
            }
            int orders = scaledTo.getOrDefault(c.id(), c.expectedOrders());
            c.perOrder().forEach((sku, per) -> add(steps, sku,
                    new Step("campaign", c.name(), orders, per, 1.0, (double) orders * per)));
        }
        Map<UUID, Double> direct = new LinkedHashMap<>();
        steps.forEach((sku, list) -> direct.put(sku, list.stream().mapToDouble(Step::units).sum()));
        direct.forEach((sku, units) -> enclosures.getOrDefault(sku, Map.of()).forEach((enclosure, per) ->
                add(steps, enclosure, new Step("enclosure", sku.toString(), units, per, 1.0, units * per))));
        Map<UUID, SkuDemand> out = new LinkedHashMap<>();
        steps.forEach((sku, list) -> out.put(sku, new SkuDemand(sku, list.stream().mapToDouble(Step::units).sum(),
                List.copyOf(list))));
        return out;
    }

    private static void add(Map<UUID, List<Step>> steps, UUID sku, Step step) {
        steps.computeIfAbsent(sku, k -> new ArrayList<>()).add(step);
    }
}
