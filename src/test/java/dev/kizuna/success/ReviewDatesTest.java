package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** Seed 001's review meetings: a week after go-live and at the go-live month's end, never on a day off. */
class ReviewDatesTest {

    /** Weekends and 昭和の日 2027 (Thursday 29 April). */
    private static final Predicate<LocalDate> BUSINESS_DAY = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !Set.of(LocalDate.of(2027, 4, 29)).contains(d);

    @Test
    void aWeekAfterGoLiveAndTheMonthsLastDay() {
        ReviewDates dates = ReviewDates.of(LocalDate.of(2027, 3, 1), BUSINESS_DAY);
        assertThat(dates.weekAfterGoLive()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(dates.goLiveMonthEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aHolidayMovesTheReviewToThePreviousBusinessDay() {
        ReviewDates dates = ReviewDates.of(LocalDate.of(2027, 4, 22), BUSINESS_DAY);
        assertThat(dates.weekAfterGoLive()).isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(dates.goLiveMonthEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void aMonthEndOnASundayMovesToFriday() {
        ReviewDates dates = ReviewDates.of(LocalDate.of(2027, 10, 4), BUSINESS_DAY);
        assertThat(dates.goLiveMonthEnd()).isEqualTo(LocalDate.of(2027, 10, 29));
        assertThat(dates.on(ReviewDates.WEEK_AFTER)).isEqualTo(LocalDate.of(2027, 10, 11));
    }
}
