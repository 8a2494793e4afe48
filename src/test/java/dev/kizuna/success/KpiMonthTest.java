package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Attainment of a month's actual against its target, for higher-is-better and lower-is-better metrics. */
class KpiMonthTest {

    private static KpiMonth month(String target, String actual) {
        return new KpiMonth(YearMonth.of(2027, 4), target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void higherIsBetterDividesActualByTarget() {
        assertThat(month("500", "400").attainment("higher")).isEqualTo(80);
        assertThat(month("500", "400").met("higher")).isFalse();
        assertThat(month("3", "2").attainment("higher")).isEqualTo(67);
    }

    @Test
    void lowerIsBetterDividesTargetByActual() {
        assertThat(month("10", "8").attainment("lower")).isEqualTo(125);
        assertThat(month("10", "8").met("lower")).isTrue();
    }

    @Test
    void noAttainmentWithoutBothFiguresOrWithAZeroDivisor() {
        assertThat(month(null, "4").attainment("higher")).isNull();
        assertThat(month("0", "4").attainment("higher")).isNull();
        assertThat(month("5", "0").attainment("lower")).isNull();
    }
}
