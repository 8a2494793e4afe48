package dev.kizuna.commerce;

import java.util.Locale;

/** Where an order stands, derived from its delivery and payments: 未納品 → 納品済 → 一部入金 → 入金済. */
public enum OrderStatus {
    NOT_DELIVERED, DELIVERED, PARTLY_PAID, PAID;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static OrderStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
