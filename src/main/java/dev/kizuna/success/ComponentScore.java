package dev.kizuna.success;

import java.math.BigDecimal;

/**
 * One line of "why this score": the component's value, the points it earned (0–10), its weight, what it adds to the
 * total ({@code points × weight / 10}) and that contribution's share of the total in percent.
 */
public record ComponentScore(String key, String measure, MeasureValue value, int points, int weight,
        BigDecimal contribution, BigDecimal share) {
}
