package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The KPI chart's bar heights: each value against the largest target or actual of the metric's months. */
class KpiShareTest {

    private final Kpi orders = new Kpi(UUID.randomUUID(), UUID.randomUUID(), "モバイルオーダー件数", "件", "kpi", "higher",
            List.of(new KpiMonth(YearMonth.of(2027, 4), new BigDecimal("500"), new BigDecimal("400")),
                    new KpiMonth(YearMonth.of(2027, 5), new BigDecimal("600"), new BigDecimal("800")),
                    new KpiMonth(YearMonth.of(2027, 6), new BigDecimal("700"), null)), 0);

    @Test
    void theLargestValueIsAFullBarAndTheOthersInProportion() {
        assertThat(orders.share(new BigDecimal("800"))).isEqualTo(100);
        assertThat(orders.share(new BigDecimal("400"))).isEqualTo(50);
        assertThat(orders.share(new BigDecimal("500"))).isEqualTo(63); // 62.5 rounds half up
        assertThat(orders.share(null)).isZero();
        assertThat(orders.share(new BigDecimal("-5"))).isZero();
    }

    @Test
    void aMetricWithoutNumbersDrawsNoBars() {
        Kpi empty = new Kpi(UUID.randomUUID(), UUID.randomUUID(), "解約率", "%", "kgi", "lower",
                List.of(new KpiMonth(YearMonth.of(2027, 4), null, null)), 0);
        assertThat(empty.share(BigDecimal.ONE)).isZero();
    }
}
