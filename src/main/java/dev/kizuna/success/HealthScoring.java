package dev.kizuna.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a score, free of Spring and the database: each component's points (0–10) times its weight
 * (weights add up to 100) over 10 gives its contribution; the contributions add up to the score (0–100); the
 * model's band thresholds give the band.
 */
final class HealthScoring {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HealthScoring() {
    }

    /** Scores one customer from its measured values, keyed by component key (a missing key is "no data"). */
    static ScoreCard score(HealthDefinition model, Map<String, MeasureValue> values) {
        List<BigDecimal> contributions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (HealthComponent c : model.components()) {
            int points = c.points(values.get(c.key()));
            BigDecimal contribution = BigDecimal.valueOf((long) points * c.weightOrZero())
                    .divide(TEN, 1, RoundingMode.HALF_UP);
            contributions.add(contribution);
            total = total.add(contribution);
        }
        List<ComponentScore> lines = new ArrayList<>();
        for (int i = 0; i < model.components().size(); i++) {
            HealthComponent c = model.components().get(i);
            BigDecimal contribution = contributions.get(i);
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : contribution.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
            MeasureValue value = values.getOrDefault(c.key(), MeasureValue.NONE);
            lines.add(new ComponentScore(c.key(), c.measure(), value, c.points(value), c.weightOrZero(),
                    contribution, share));
        }
        return new ScoreCard(total, model.bands().bandOf(total), List.copyOf(lines));
    }
}
