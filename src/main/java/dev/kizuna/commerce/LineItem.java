package dev.kizuna.commerce;

import java.util.UUID;

/**
 * One line of a quote or an order: what, how many, at what unit price before tax and which tax rate; the amount is
 * quantity × unit price (whole yen).
 */
public record LineItem(UUID productId, String description, int quantity, String unit, long unitPrice, int taxRate,
        long amount) {

    public static LineItem of(UUID productId, String description, int quantity, String unit, long unitPrice,
            int taxRate) {
        return new LineItem(productId, description, quantity, unit, unitPrice, taxRate,
                Math.multiplyExact((long) quantity, unitPrice));
    }

    public boolean reducedRate() {
        return taxRate == 8;
    }
}
