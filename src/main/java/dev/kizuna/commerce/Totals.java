package dev.kizuna.commerce;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a quote or an order the way the qualified-invoice rules (インボイス制度) want them: consumption tax is
 * computed once per rate on that rate's total, rounded down (floor), never per line.
 *
 * @param rates    per tax rate, highest first: the rate's total before tax and its tax
 * @param subtotal all lines before tax
 * @param tax      the rates' taxes together
 * @param total    subtotal plus tax
 */
public record Totals(List<RateTotal> rates, long subtotal, long tax, long total) {

    /** One rate's part: {@code base} yen at {@code rate}% and its {@code tax}. */
    public record RateTotal(int rate, long base, long tax) {
        public boolean reduced() {
            return rate == 8;
        }
    }

    public static final Totals NONE = new Totals(List.of(), 0, 0, 0);

    public static Totals of(List<LineItem> lines) {
        Map<Integer, Long> bases = new TreeMap<>(java.util.Comparator.reverseOrder());
        lines.forEach(l -> bases.merge(l.taxRate(), l.amount(), Math::addExact));
        List<RateTotal> rates = bases.entrySet().stream()
                .map(e -> new RateTotal(e.getKey(), e.getValue(), Math.floorDiv(e.getValue() * e.getKey(), 100)))
                .toList();
        long subtotal = rates.stream().mapToLong(RateTotal::base).sum();
        long tax = rates.stream().mapToLong(RateTotal::tax).sum();
        return new Totals(rates, subtotal, tax, subtotal + tax);
    }

    public boolean hasReducedRate() {
        return rates.stream().anyMatch(RateTotal::reduced);
    }
}
