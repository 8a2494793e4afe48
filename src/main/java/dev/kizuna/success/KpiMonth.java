package dev.kizuna.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * A KPI's target and actual for one month (either may be missing). Attainment is actual ÷ target when higher is
 * better and target ÷ actual when lower is better, in whole percent; none when either is missing or would divide by
 * zero. Pure.
 */
public record KpiMonth(YearMonth month, BigDecimal target, BigDecimal actual) {

    public Integer attainment(String better) {
        if (target == null || actual == null) {
            return null;
        }
        BigDecimal over = "lower".equals(better) ? actual : target;
        BigDecimal under = "lower".equals(better) ? target : actual;
        if (over.signum() == 0) {
            return null;
        }
        return under.multiply(BigDecimal.valueOf(100)).divide(over, 0, RoundingMode.HALF_UP).intValue();
    }

    /** Reached (or beaten) the target. */
    public boolean met(String better) {
        Integer percent = attainment(better);
        return percent != null && percent >= 100;
    }
}
