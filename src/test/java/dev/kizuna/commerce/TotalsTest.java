package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** Consumption tax the way the qualified-invoice rules want it: once per rate on the rate's total, rounded down. */
class TotalsTest {

    @Test
    void taxIsComputedPerRateOnTheRatesTotalAndRoundedDown() {
        // Per line, 10% of 1,995 would be 199.5 → 199 three times (597); on the total 5,985 it is 598.5 → 598.
        Totals t = Totals.of(List.of(
                LineItem.of(null, "封筒 長3", 1, "箱", 1_995, 10),
                LineItem.of(null, "封筒 角2", 1, "箱", 1_995, 10),
                LineItem.of(null, "名刺", 1, "箱", 1_995, 10),
                LineItem.of(null, "焼き菓子", 3, "箱", 1_199, 8)));
        assertThat(t.rates()).containsExactly(new Totals.RateTotal(10, 5_985, 598), new Totals.RateTotal(8, 3_597, 287));
        assertThat(t.subtotal()).isEqualTo(9_582);
        assertThat(t.tax()).isEqualTo(885);
        assertThat(t.total()).isEqualTo(10_467);
        assertThat(t.hasReducedRate()).isTrue();
    }

    @Test
    void aLineIsQuantityTimesUnitPrice() {
        assertThat(LineItem.of(null, "名刺印刷 100枚", 24, "箱", 3_000, 10).amount()).isEqualTo(72_000);
        assertThat(Totals.of(List.of()).total()).isZero();
    }

    @Test
    void invoicesAreDueAtTheEndOfTheNextMonthOrTheBusinessDayBefore() {
        var calendar = new BusinessCalendar();
        // 2026-12-31 is a Thursday: due that day.
        assertThat(Orders.paymentDue(LocalDate.of(2026, 11, 24), calendar)).isEqualTo(LocalDate.of(2026, 12, 31));
        // 2026-02-28 is a Saturday: due Friday the 27th.
        assertThat(Orders.paymentDue(LocalDate.of(2026, 1, 31), calendar)).isEqualTo(LocalDate.of(2026, 2, 27));
        // 2027-01-31 is a Sunday: due Friday the 29th.
        assertThat(Orders.paymentDue(LocalDate.of(2026, 12, 1), calendar)).isEqualTo(LocalDate.of(2027, 1, 29));
    }

    @Test
    void anOrdersStatusFollowsDeliveryAndPayments() {
        assertThat(order(null, 0).status()).isEqualTo(OrderStatus.NOT_DELIVERED);
        assertThat(order(LocalDate.of(2026, 11, 1), 0).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order(LocalDate.of(2026, 11, 1), 50_000).status()).isEqualTo(OrderStatus.PARTLY_PAID);
        assertThat(order(LocalDate.of(2026, 11, 1), 110_000).status()).isEqualTo(OrderStatus.PAID);
        assertThat(order(LocalDate.of(2026, 11, 1), 50_000).overdue(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(order(LocalDate.of(2026, 11, 1), 50_000).overdue(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(order(LocalDate.of(2026, 11, 1), 110_000).overdue(LocalDate.of(2027, 1, 1))).isFalse();
    }

    private static Order order(LocalDate delivered, long paid) {
        return new Order(null, "O-2026-000001", null, null, null, null, "株式会社テスト", null, null, "名刺",
                LocalDate.of(2026, 10, 20), null, delivered, 100_000, 10_000, 110_000, delivered,
                delivered == null ? null : Orders.paymentDue(delivered, new BusinessCalendar()), paid, null, List.of(), 0, null, null);
    }
}
