package dev.kizuna.sales;

import java.util.Locale;

/**
 * What an order of a won deal reaches that can move the deal on by itself: its delivery (納品) or its full payment
 * (入金). A pipeline names at most one stage for each ({@link Stage#reachedOn()}); commerce tells
 * {@link Deals#reach} when an order gets there, so the board shows where the money stands without a second drag.
 */
public enum OrderMilestone {
    DELIVERY, PAYMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The milestone of a code, or null for a blank one; an unknown code is an {@link IllegalArgumentException}. */
    public static OrderMilestone ofCode(String code) {
        return code == null || code.isBlank() ? null : valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
