package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** AUC, churn rate and lift per band, and the lift chart, against figures worked out by hand in the comments. */
class BacktestFiguresTest {

    private static final BandThresholds BANDS = new BandThresholds(40, 60, 85);

    private static List<BacktestOutcome> outcomes(int[] churners, int[] renewers) {
        List<BacktestOutcome> list = new ArrayList<>();
        for (int s : churners) {
            list.add(o(s, true));
        }
        for (int s : renewers) {
            list.add(o(s, false));
        }
        return list;
    }

    private static BacktestOutcome o(int score, boolean churned) {
        BigDecimal sc = BigDecimal.valueOf(score);
        return new BacktestOutcome(null, "", LocalDate.EPOCH, churned, LocalDate.EPOCH, sc, BANDS.bandOf(sc));
    }

    @Test
    void aucCountsPairsWhereTheRenewerScoredHigherAndTiesAsHalf() {
        // churners 20, 50, 35; renewers 70, 50, 90, 30.
        // 20: below all four renewers → 4; 50: below 70 and 90, tie with 50 → 2.5; 35: below 70, 50, 90 → 3.
        // (4 + 2.5 + 3) / (3 × 4) = 9.5 / 12 = 0.791666… → 0.7917
        BacktestFigures f = BacktestFigures.of(outcomes(new int[] {20, 50, 35}, new int[] {70, 50, 90, 30}));
        assertThat(f.auc()).isEqualByComparingTo("0.7917");
        assertThat(f.outcomes()).isEqualTo(7);
        assertThat(f.churned()).isEqualTo(3);
        assertThat(f.churnRate()).isEqualByComparingTo("0.4286"); // 3 / 7
    }

    @Test
    void perfectSeparationIsOneAndReversedIsZeroAndOneSidedHasNone() {
        assertThat(BacktestFigures.auc(outcomes(new int[] {10, 20}, new int[] {30, 40}))).isEqualByComparingTo("1");
        assertThat(BacktestFigures.auc(outcomes(new int[] {50}, new int[] {30, 40}))).isEqualByComparingTo("0");
        assertThat(BacktestFigures.auc(outcomes(new int[] {}, new int[] {30, 40}))).isNull();
    }

    @Test
    void bandsCarryTheirChurnRateAndLift() {
        // 危険: 20c, 35c, 30r → 2 of 3 = 0.6667, lift (2/3) / (3/7) = 14/9 = 1.5556
        // 注意: 50c, 50r → 1 of 2 = 0.5, lift (1/2) / (3/7) = 7/6 = 1.1667
        // 良好: 70r → 0, lift 0; 拡大候補: 90r → 0
        BacktestFigures f = BacktestFigures.of(outcomes(new int[] {20, 50, 35}, new int[] {70, 50, 90, 30}));
        var danger = f.bands().get(0);
        assertThat(danger.band()).isEqualTo(HealthBand.DANGER);
        assertThat(danger.customers()).isEqualTo(3);
        assertThat(danger.churned()).isEqualTo(2);
        assertThat(danger.churnRate()).isEqualByComparingTo("0.6667");
        assertThat(danger.lift()).isEqualByComparingTo("1.5556");
        assertThat(f.bands().get(1).churnRate()).isEqualByComparingTo("0.5");
        assertThat(f.bands().get(1).lift()).isEqualByComparingTo("1.1667");
        assertThat(f.bands().get(2).lift()).isEqualByComparingTo("0");
        assertThat(f.bands().get(3).customers()).isEqualTo(1);
    }

    @Test
    void theLiftChartCutsTheSortedCustomersIntoFifthsWorstFirst() {
        // sorted: 20c | 30r | 35c 50c | 50r | 70r 90r (cuts at 7×k/5 = 1, 2, 4, 5)
        BacktestFigures f = BacktestFigures.of(outcomes(new int[] {20, 50, 35}, new int[] {70, 50, 90, 30}));
        assertThat(f.liftChart()).extracting(BacktestFigures.LiftStep::customers).containsExactly(1, 1, 2, 1, 2);
        assertThat(f.liftChart()).extracting(BacktestFigures.LiftStep::churned).containsExactly(1, 0, 2, 0, 0);
        // lift of the first fifth: (1/1) / (3/7) = 2.3333; churners found: 1/3, 1/3, 3/3, 1, 1
        assertThat(f.liftChart().getFirst().lift()).isEqualByComparingTo("2.3333");
        assertThat(f.liftChart()).extracting(BacktestFigures.LiftStep::churnersFound)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.3333"),
                        new BigDecimal("0.3333"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
    }
}
