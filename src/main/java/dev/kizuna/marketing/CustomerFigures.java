package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A customer's purchase figures from their paid orders: how many, the revenue, the first and last order dates, the
 * 12-month LTV (revenue of the paid orders dated within twelve months of the first, the first day included and the
 * same day a year later excluded), the frequency stage (F1–F4; a customer without paid orders has no figures: F0) and
 * the day each stage was reached. RFM scores (1–5) are given against the quintile boundaries of all customers.
 */
public record CustomerFigures(UUID companyId, int paidOrders, long revenue, LocalDate firstOn, LocalDate lastOn,
        long ltv12m, int stage, LocalDate f2On, LocalDate f3On, LocalDate f4On, int recency, int frequency,
        int monetary) {

    /** The figures of {@code purchases} (any order), or null when there are none (F0). */
    static CustomerFigures of(UUID companyId, List<Purchase> purchases, StageBoundaries stages) {
        if (purchases.isEmpty()) {
            return null;
        }
        List<Purchase> sorted = purchases.stream().sorted(Comparator.comparing(Purchase::on)).toList();
        LocalDate first = sorted.get(0).on();
        LocalDate yearLater = first.plusYears(1);
        long revenue = 0;
        long ltv = 0;
        for (Purchase p : sorted) {
            revenue = Math.addExact(revenue, p.amount());
            if (p.on().isBefore(yearLater)) {
                ltv = Math.addExact(ltv, p.amount());
            }
        }
        int n = sorted.size();
        return new CustomerFigures(companyId, n, revenue, first, sorted.get(n - 1).on(), ltv, stages.stageOf(n),
                reached(sorted, stages, 2), reached(sorted, stages, 3), reached(sorted, stages, 4), 1, 1, 1);
    }

    private static LocalDate reached(List<Purchase> sorted, StageBoundaries stages, int stage) {
        int needed = stages.ordersFor(stage);
        return sorted.size() >= needed ? sorted.get(needed - 1).on() : null;
    }

    /** Days from the last order to {@code today}. */
    public long daysSinceLast(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(lastOn, today);
    }

    CustomerFigures scored(RfmScale scale, LocalDate today) {
        return new CustomerFigures(companyId, paidOrders, revenue, firstOn, lastOn, ltv12m, stage, f2On, f3On, f4On,
                scale.recency().lowerIsBetter(daysSinceLast(today)), scale.frequency().higherIsBetter(paidOrders),
                scale.monetary().higherIsBetter(revenue));
    }
}
