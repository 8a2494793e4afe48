package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Points from thresholds and choices, the weighted total, shares and bands, worked out by hand. */
class HealthScoringTest {

    private static Threshold t(Integer from, Integer to, int points) {
        return new Threshold(from == null ? null : BigDecimal.valueOf(from), to == null ? null : BigDecimal.valueOf(to),
                points);
    }

    // quiet: days since the last activity (0–14 → 10, 14–30 → 6, 30– → 0), weight 50
    // late: late payments (0–1 → 10, 1–3 → 4, 3– → 0), weight 30
    // rank: a choice field (ゴールド 10, シルバー 5), weight 20
    private static final HealthDefinition MODEL = new HealthDefinition(List.of(
            new HealthComponent("quiet", "daysSinceLastActivity", Map.of(), 50,
                    List.of(t(0, 14, 10), t(14, 30, 6), t(30, null, 0)), null, null),
            new HealthComponent("late", "latePayments", Map.of(), 30, List.of(t(0, 1, 10), t(1, 3, 4), t(3, null, 0)),
                    null, null),
            new HealthComponent("rank", "customField", Map.of("field", "rank"), 20, null,
                    Map.of("ゴールド", 10, "シルバー", 5), 2)),
            new BandThresholds(40, 60, 85), null, null, null, null, null);

    @Test
    void pointsFollowTheThresholdsWithTheLowerBoundInsideAndTheUpperOutside() {
        HealthComponent quiet = MODEL.components().get(0);
        assertThat(quiet.points(MeasureValue.of(0))).isEqualTo(10);
        assertThat(quiet.points(MeasureValue.of(13))).isEqualTo(10);
        assertThat(quiet.points(MeasureValue.of(14))).isEqualTo(6);
        assertThat(quiet.points(MeasureValue.of(30))).isZero();
        assertThat(quiet.points(MeasureValue.of(-1))).as("below every range: missing points (0)").isZero();
        assertThat(quiet.points(MeasureValue.NONE)).isZero();
        HealthComponent rank = MODEL.components().get(2);
        assertThat(rank.points(MeasureValue.choice("シルバー"))).isEqualTo(5);
        assertThat(rank.points(MeasureValue.choice("ブロンズ"))).as("an unlisted choice gets the missing points").isEqualTo(2);
        assertThat(rank.points(MeasureValue.NONE)).isEqualTo(2);
    }

    @Test
    void theTotalIsPointsTimesWeightOverTenAndEachShareIsOfTheTotal() {
        // quiet 20 days → 6 × 50 / 10 = 30; late 2 → 4 × 30 / 10 = 12; rank ゴールド → 10 × 20 / 10 = 20; total 62
        ScoreCard card = HealthScoring.score(MODEL, Map.of("quiet", MeasureValue.of(20), "late", MeasureValue.of(2),
                "rank", MeasureValue.choice("ゴールド")));
        assertThat(card.score()).isEqualByComparingTo("62");
        assertThat(card.band()).isEqualTo(HealthBand.GOOD);
        assertThat(card.components()).extracting(ComponentScore::points).containsExactly(6, 4, 10);
        assertThat(card.components()).extracting(ComponentScore::contribution)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("30"),
                        new BigDecimal("12"), new BigDecimal("20"));
        // shares: 30 / 62 = 48.4 %, 12 / 62 = 19.4 %, 20 / 62 = 32.3 %
        assertThat(card.components()).extracting(ComponentScore::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("48.4"), new BigDecimal("19.4"), new BigDecimal("32.3"));
    }

    @Test
    void bandsStartAtTheirThresholds() {
        BandThresholds b = new BandThresholds(40, 60, 85);
        assertThat(b.bandOf(new BigDecimal("39.9"))).isEqualTo(HealthBand.DANGER);
        assertThat(b.bandOf(new BigDecimal("40"))).isEqualTo(HealthBand.CAUTION);
        assertThat(b.bandOf(new BigDecimal("59.9"))).isEqualTo(HealthBand.CAUTION);
        assertThat(b.bandOf(new BigDecimal("60"))).isEqualTo(HealthBand.GOOD);
        assertThat(b.bandOf(new BigDecimal("85"))).isEqualTo(HealthBand.EXPANSION);
        // nothing known at all: quiet 0, late 0, rank missing 2 → 2 × 20 / 10 = 4 → 危険, shares still add up
        ScoreCard empty = HealthScoring.score(MODEL, Map.of());
        assertThat(empty.score()).isEqualByComparingTo("4");
        assertThat(empty.band()).isEqualTo(HealthBand.DANGER);
        assertThat(empty.components().get(2).share()).isEqualByComparingTo("100");
    }
}
