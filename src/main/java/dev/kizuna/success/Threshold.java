package dev.kizuna.success;

import java.math.BigDecimal;

/**
 * One step of a component's scale: a value in {@code [from, to)} earns {@code points} (0–10). A null {@code from}
 * is open below, a null {@code to} open above.
 */
public record Threshold(BigDecimal from, BigDecimal to, Integer points) {

    boolean contains(BigDecimal value) {
        return (from == null || value.compareTo(from) >= 0) && (to == null || value.compareTo(to) < 0);
    }

    /** Whether this range and {@code other} share a value. */
    boolean overlaps(Threshold other) {
        boolean thisEndsFirst = to != null && other.from != null && to.compareTo(other.from) <= 0;
        boolean otherEndsFirst = other.to != null && from != null && other.to.compareTo(from) <= 0;
        return !thisEndsFirst && !otherEndsFirst;
    }

    String text() {
        return (from == null ? "" : from.stripTrailingZeros().toPlainString()) + "–"
                + (to == null ? "" : to.stripTrailingZeros().toPlainString());
    }
}
