package dev.kizuna.inventory;

import java.util.List;
import java.util.UUID;

/**
 * One SKU's forecast for the window: units from subscriptions, campaigns and enclosures, the total (rounded up), what
 * is available now and what must be procured (total − available, never below zero), with every step of the sum.
 */
public record ForecastRow(UUID skuId, String code, String name, String kind, double subscriptionUnits,
        double campaignUnits, double enclosureUnits, long total, long available, List<Step> steps) {

    public long toProcure() {
        return Math.max(0, total - available);
    }

    /**
     * {@code source}: subscriptions ({@code label} the start-month cohort, {@code count} units scheduled, {@code rate}
     * its continuation rate), campaign ({@code label} its name, {@code count} orders × {@code per}), enclosure
     * ({@code label} the SKU it goes with, {@code count} its units × {@code per}).
     */
    public record Step(String source, String label, double count, int per, double rate, double units) {
    }
}
