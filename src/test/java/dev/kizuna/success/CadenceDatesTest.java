package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class CadenceDatesTest {

    /** Weekdays, except 2027-01-11 (成人の日). */
    private final Predicate<LocalDate> businessDay = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !Set.of(LocalDate.of(2027, 1, 11)).contains(d);
    private final LocalDate goLive = LocalDate.of(2026, 12, 14); // a Monday

    @Test
    void weeklyAndBiweeklyCountFromGoLive() {
        assertThat(CadenceDates.next("weekly", goLive, goLive, businessDay)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(CadenceDates.next("weekly", goLive, LocalDate.of(2026, 12, 21), businessDay))
                .isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(CadenceDates.next("biweekly", goLive, goLive, businessDay)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aHolidayMovesTheMeetingToThePreviousBusinessDay() {
        // 2027-01-11 is a holiday Monday: the weekly meeting is on Friday the 8th.
        assertThat(CadenceDates.next("weekly", goLive, LocalDate.of(2027, 1, 4), businessDay))
                .isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void monthlyKeepsTheDayOfMonthAndSkipsWeekends() {
        assertThat(CadenceDates.next("monthly", goLive, goLive, businessDay)).isEqualTo(LocalDate.of(2027, 1, 14));
        // 2027-02-14 is a Sunday: Friday the 12th.
        assertThat(CadenceDates.next("monthly", goLive, LocalDate.of(2027, 1, 14), businessDay))
                .isEqualTo(LocalDate.of(2027, 2, 12));
    }

    @Test
    void aPlanWithoutCadenceHasNoRegularMeeting() {
        assertThat(CadenceDates.next("none", goLive, goLive, businessDay)).isNull();
        assertThat(CadenceDates.next(null, goLive, goLive, businessDay)).isNull();
    }

    @Test
    void beforeGoLiveTheFirstMeetingIsTheFirstAfterGoLive() {
        assertThat(CadenceDates.next("monthly", goLive, goLive.minusMonths(3), businessDay))
                .isEqualTo(LocalDate.of(2027, 1, 14));
    }
}
