package dev.kizuna.success;

import java.math.BigDecimal;

/**
 * Where the bands start on the 0–100 score: below {@code caution} is 危険, from {@code caution} 注意, from {@code good}
 * 良好, from {@code expansion} 拡大候補.
 */
public record BandThresholds(Integer caution, Integer good, Integer expansion) {

    public static final BandThresholds DEFAULT = new BandThresholds(40, 60, 85);

    public HealthBand bandOf(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(caution)) < 0) {
            return HealthBand.DANGER;
        }
        if (score.compareTo(BigDecimal.valueOf(good)) < 0) {
            return HealthBand.CAUTION;
        }
        return score.compareTo(BigDecimal.valueOf(expansion)) < 0 ? HealthBand.GOOD : HealthBand.EXPANSION;
    }

    boolean ordered() {
        return caution != null && good != null && expansion != null && 0 < caution && caution < good
                && good < expansion && expansion <= 100;
    }
}
