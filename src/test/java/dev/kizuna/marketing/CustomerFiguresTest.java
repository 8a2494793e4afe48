package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** F stages, 12-month LTV and RFM scores against figures worked out by hand. */
class CustomerFiguresTest {

    private static final UUID ID = UUID.randomUUID();

    private static Purchase p(String on, long amount) {
        return new Purchase(LocalDate.parse(on), amount);
    }

    @Test
    void noPaidOrderIsF0WithoutFigures() {
        assertThat(CustomerFigures.of(ID, List.of(), StageBoundaries.DEFAULT)).isNull();
        assertThat(StageBoundaries.DEFAULT.stageOf(0)).isZero();
    }

    @Test
    void fiveOrdersOverFourteenMonthsGiveF4AndTheLtvOfTheFirstTwelveMonths() {
        // Given out of order: 2027-01-10 ¥980 (trial), 02-09 ¥3,762, 03-11 ¥3,762, 2028-01-09 ¥3,762 (inside the
        // year: the year ends before 2028-01-10), 2028-01-10 ¥3,762 (outside). LTV = 980 + 3 × 3,762 = 12,266.
        var f = CustomerFigures.of(ID, List.of(p("2027-03-11", 3762), p("2028-01-10", 3762), p("2027-01-10", 980),
                p("2028-01-09", 3762), p("2027-02-09", 3762)), StageBoundaries.DEFAULT);
        assertThat(f.paidOrders()).isEqualTo(5);
        assertThat(f.revenue()).isEqualTo(980 + 4 * 3762);
        assertThat(f.ltv12m()).isEqualTo(12_266);
        assertThat(f.stage()).isEqualTo(4);
        assertThat(f.firstOn()).isEqualTo("2027-01-10");
        assertThat(f.lastOn()).isEqualTo("2028-01-10");
        assertThat(f.f2On()).isEqualTo("2027-02-09");
        assertThat(f.f3On()).isEqualTo("2027-03-11");
        assertThat(f.f4On()).isEqualTo("2028-01-09");
    }

    @Test
    void theBoundariesAreASetting() {
        var stages = new StageBoundaries(3, 6, 10); // F2 from the 3rd order, F3 from the 6th, F4 from the 10th
        assertThat(stages.stageOf(2)).isEqualTo(1);
        assertThat(stages.stageOf(5)).isEqualTo(2);
        assertThat(stages.stageOf(9)).isEqualTo(3);
        var f = CustomerFigures.of(ID, List.of(p("2027-01-01", 1), p("2027-01-02", 1), p("2027-01-03", 1)), stages);
        assertThat(f.stage()).isEqualTo(2);
        assertThat(f.f2On()).isEqualTo("2027-01-03");
        assertThat(f.f3On()).isNull();
        assertThatThrownBy(() -> new StageBoundaries(2, 2, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rfmScoresFollowTheQuintilesOfAllCustomers() {
        // Ten customers' paid orders 1,1,1,1,2,2,3,4,6,9 → q20 = 2nd = 1, q40 = 4th = 1, q60 = 6th = 2, q80 = 8th = 4.
        var frequency = RfmScale.Quintiles.of(List.of(1L, 1L, 1L, 1L, 2L, 2L, 3L, 4L, 6L, 9L));
        assertThat(frequency).isEqualTo(new RfmScale.Quintiles(1, 1, 2, 4));
        assertThat(frequency.higherIsBetter(1)).isEqualTo(1);
        assertThat(frequency.higherIsBetter(2)).isEqualTo(3);
        assertThat(frequency.higherIsBetter(3)).isEqualTo(4);
        assertThat(frequency.higherIsBetter(9)).isEqualTo(5);
        // Days since the last order 5,10,…,50 → q20 = 10, q40 = 20, q60 = 30, q80 = 40; fewer days score higher.
        var recency = RfmScale.Quintiles.of(List.of(5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L, 50L));
        assertThat(recency).isEqualTo(new RfmScale.Quintiles(10, 20, 30, 40));
        assertThat(recency.lowerIsBetter(3)).isEqualTo(5);
        assertThat(recency.lowerIsBetter(10)).isEqualTo(5);
        assertThat(recency.lowerIsBetter(11)).isEqualTo(4);
        assertThat(recency.lowerIsBetter(41)).isEqualTo(1);
        var scale = new RfmScale(recency, frequency, RfmScale.Quintiles.of(List.of(1000L, 5000L, 9000L, 20000L, 40000L)));
        var f = CustomerFigures.of(ID, List.of(p("2027-01-10", 980), p("2027-02-09", 3762), p("2027-03-11", 3762)),
                StageBoundaries.DEFAULT).scored(scale, LocalDate.parse("2027-04-05"));
        // 25 days since 03-11 → 3; 3 orders → 4; ¥8,504 vs 1,000/5,000/9,000/20,000 → above two → 3.
        assertThat(List.of(f.recency(), f.frequency(), f.monetary())).containsExactly(3, 4, 3);
    }
}
