package dev.kizuna.success;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Predicate;

/**
 * Seed 001's review meetings (振り返りMTG): one week after go-live and at the end of the go-live month, each moved
 * back to the previous business day when it falls on a holiday or a weekend. Pure: the business-day rule is passed in.
 */
record ReviewDates(LocalDate weekAfterGoLive, LocalDate goLiveMonthEnd) {

    static final String WEEK_AFTER = "week_after_go_live";
    static final String MONTH_END = "go_live_month_end";

    static ReviewDates of(LocalDate goLive, Predicate<LocalDate> businessDay) {
        return new ReviewDates(previousBusinessDay(goLive.plusWeeks(1), businessDay),
                previousBusinessDay(goLive.with(TemporalAdjusters.lastDayOfMonth()), businessDay));
    }

    /** The day of the anchor ({@link #WEEK_AFTER} or {@link #MONTH_END}). */
    LocalDate on(String anchor) {
        return WEEK_AFTER.equals(anchor) ? weekAfterGoLive : goLiveMonthEnd;
    }

    static List<String> anchors() {
        return List.of(WEEK_AFTER, MONTH_END);
    }

    static LocalDate previousBusinessDay(LocalDate day, Predicate<LocalDate> businessDay) {
        LocalDate d = day;
        while (!businessDay.test(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
