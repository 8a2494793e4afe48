package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily check (日々のチェック, seed 002 §10.5: never leave numbers that do not reconcile): order lines that could
 * not ship, open stock-takes with lines uncounted or unexplained, SKUs under their reorder point, and SKUs whose stock
 * does not equal the sum of their movements (always empty unless the data was tampered with). {@code clear()} when
 * there is nothing to do.
 */
public record DailyCheck(LocalDate day, List<Shortfall> shortfalls, List<StockTake> openTakes,
        List<StockLine> belowReorderPoint, List<String> unreconciledSkus) {

    public boolean clear() {
        return shortfalls.isEmpty() && openTakes.stream().allMatch(t -> t.unexplained() == 0)
                && belowReorderPoint.isEmpty() && unreconciledSkus.isEmpty();
    }
}
